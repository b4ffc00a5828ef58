package org.hamkori.training.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.hamkori.kit.problem.Problem;
import org.hamkori.kit.problem.ProblemException;
import org.hamkori.training.NotATrainerOfTheSession;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A session's results and certificates are its trainers' (SPEC §6): anyone else is answered 403. */
public class NotATrainerOfTheSessionMapper {

    @Inject
    ObjectMapper json;

    @ServerExceptionMapper
    public Response notATrainer(NotATrainerOfTheSession refused) throws JsonProcessingException {
        Problem problem = new ProblemException(403, "not-a-trainer-of-the-session", "Not among the session's trainers",
                refused.getMessage(), List.of()).problem();
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(json.writeValueAsString(problem))
                .build();
    }
}
