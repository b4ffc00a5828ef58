package org.hamkori.reporting.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamkori.reporting.Generation;
import org.hamkori.reporting.readmodel.Generations;
import org.hamkori.reporting.readmodel.ReadModelJobs;

/** Operating the read models: rebuilds and their history (dead letters: service-kit's DeadLetterResource). */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@RolesAllowed("${hamkori.access.admin}")
public class AdminResource {

    private static final int HISTORY = 20;

    @Inject
    ReadModelJobs jobs;

    @Inject
    Generations generations;

    @Inject
    ObjectMapper json;

    /** A read-model generation; {@code comparison} is the rebuilt one's figure-by-figure check against its predecessor. */
    public record GenerationView(int number, Generation.State state, Instant createdAt, Instant replayedAt,
            Instant activatedAt, Instant retiredAt, Instant droppedAt, long eventsReplayed, JsonNode comparison,
            String failure) {
    }

    public record GenerationList(List<GenerationView> generations) {
    }

    @POST
    @Path("/rebuild")
    @Operation(summary = "Rebuild every read model from the beginning of the topics into fresh tables; reports switch"
            + " over once it has caught up (409 while one is running)")
    public Response rebuild() {
        Generation building = jobs.startRebuild();
        GenerationView view = history().generations().stream().filter(g -> g.number() == building.number())
                .findFirst().orElseThrow();
        return Response.accepted(view).location(URI.create("/admin/rebuild")).build();
    }

    @GET
    @Path("/rebuild")
    @Operation(summary = "The read-model generations, newest first: the active one, a rebuild in progress, past ones")
    public GenerationList history() {
        List<Generations.Status> statuses = QuarkusTransaction.requiringNew().call(() -> generations.history(HISTORY));
        return new GenerationList(statuses.stream().map(this::view).toList());
    }

    private GenerationView view(Generations.Status s) {
        return new GenerationView(s.number(), s.state(), s.createdAt(), s.replayedAt(), s.activatedAt(), s.retiredAt(),
                s.droppedAt(), s.eventsReplayed(), parse(s.comparison()), s.failure());
    }

    private JsonNode parse(String comparison) {
        if (comparison == null) {
            return null;
        }
        try {
            return json.readTree(comparison);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
