package org.hamkori.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpClosedException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.channels.ClosedChannelException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hamkori.kit.domain.BusinessRuleViolation;
import org.hamkori.kit.domain.InvalidValues;
import org.hamkori.kit.domain.NotFound;
import org.hamkori.kit.domain.NotPermitted;
import org.hamkori.kit.domain.StaleVersion;
import org.hamkori.kit.domain.Unprocessable;
import org.hamkori.kit.failure.ConsumptionFailures;
import org.hamkori.kit.validation.RejectedValueException;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every failure path of every service ends here and leaves as application/problem+json. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** Long enough for a failover or a restart of the database to pass, short enough for a person waiting. */
    private static final int RETRY_AFTER_SECONDS = 5;

    @Inject
    ObjectMapper json;

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Response answer = respond(e.problem());
        return e.retryAfter()
                .map(wait -> Response.fromResponse(answer)
                        .header(HttpHeaders.RETRY_AFTER, Math.max(1, (wait.toMillis() + 999) / 1000)).build())
                .orElse(answer);
    }

    @ServerExceptionMapper
    public Response businessRule(BusinessRuleViolation e) {
        return respond(ProblemException.conflict(e.getMessage()).problem());
    }

    @ServerExceptionMapper
    public Response notPermitted(NotPermitted e) {
        return respond(new ProblemException(403, e.type(), e.title(), e.getMessage(), List.of()).problem());
    }

    @ServerExceptionMapper
    public Response unprocessable(Unprocessable e) {
        return respond(ProblemException.unprocessable(e.getMessage()).problem());
    }

    @ServerExceptionMapper
    public Response notFound(NotFound e) {
        return respond(new ProblemException(404, "not-found", "Not found", e.getMessage(), List.of()).problem());
    }

    @ServerExceptionMapper
    public Response staleVersion(StaleVersion e) {
        return respond(ProblemException.preconditionFailed("If-Match " + e.expected
                + " does not match the current version \"" + e.current + "\"").problem());
    }

    @ServerExceptionMapper
    public Response invalidValues(InvalidValues e) {
        List<Problem.FieldError> errors = e.violations().stream()
                .map(v -> new Problem.FieldError(v.field(), v.message())).toList();
        return respond(new ProblemException(400, "validation", "Invalid " + e.subject(), e.getMessage(), errors)
                .problem());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(ProblemException.invalid(errors).problem());
    }

    /** Takes precedence over the framework's own mapper, which answers an empty 400. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String message = e instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()
                    ? "must be one of " + List.of(invalid.getTargetType().getEnumConstants())
                    : e instanceof RejectedValueException ? e.getOriginalMessage() : "has an invalid value";
            return respond(ProblemException.invalidField(field, message).problem());
        }
        return respond(ProblemException.badRequest("The body is not valid JSON: " + e.getOriginalMessage()).problem());
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(new ProblemException(403, "forbidden", "Forbidden",
                "Your role does not allow this operation", List.of()).problem());
    }

    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e) {
        return respond(concurrentChangeProblem());
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e) {
        return respond(concurrentChangeProblem());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable);
        }
        // a path parameter's converter refused the segment (PathIdConverters); the framework wraps its answer
        if (e.getCause() instanceof ProblemException refused) {
            return problem(refused);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Request refused";
        String detail = status == 404 ? "No such resource" : e.getMessage();
        return respond(new ProblemException(status, slug(title), title, detail, List.of()).problem());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof ProblemException problem) {
                return problem(problem);
            }
            if (cause instanceof BusinessRuleViolation violation) {
                return businessRule(violation);
            }
            if (cause instanceof StaleVersion stale) {
                return staleVersion(stale);
            }
            if (cause instanceof InvalidValues invalid) {
                return invalidValues(invalid);
            }
            if (cause instanceof NotFound missing) {
                return notFound(missing);
            }
            if (cause instanceof NotPermitted refused) {
                return notPermitted(refused);
            }
            if (cause instanceof Unprocessable unprocessable) {
                return unprocessable(unprocessable);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return respond(concurrentChangeProblem());
            }
            if (cause instanceof ConstraintViolationException violation) {
                return constraintViolation(violation);
            }
            if (cause instanceof HttpClosedException || cause instanceof ClosedChannelException) {
                return clientClosed(e);
            }
            cause = cause.getCause();
        }
        if (ConsumptionFailures.isTransient(e)) {
            LOG.warnf("Answering 503: the database is unavailable (%s)", e.getMessage());
            return Response.fromResponse(respond(new ProblemException(503, "service-unavailable",
                            "Service unavailable", "The service's database is unavailable; nothing was changed. "
                            + "Retry shortly.", List.of()).problem()))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        LOG.error("Unexpected failure", e);
        return respond(new ProblemException(500, "internal", "Internal error",
                "The service failed unexpectedly; nothing was changed", List.of()).problem());
    }

    /**
     * The client hung up while its request was still arriving (an upload cancelled on a poor connection): nothing was
     * changed and nobody is left to answer, so no error in the log (the HTTP metrics count it as a reset).
     */
    private Response clientClosed(Throwable e) {
        LOG.debugf("The client closed the connection before its request had arrived: %s", e.getMessage());
        return respond(new ProblemException(400, "client-closed-request", "Client closed request",
                "The connection was closed before the request had arrived; nothing was changed", List.of()).problem());
    }

    private Response unauthenticated() {
        return Response.fromResponse(respond(new ProblemException(401, "unauthorized", "Unauthorized",
                        "A valid bearer token is required", List.of()).problem()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private static Problem concurrentChangeProblem() {
        return ProblemException.conflict("The resource was changed by another request at the same time; reload and retry")
                .problem();
    }

    private Response respond(Problem problem) {
        try {
            return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(json.writeValueAsString(problem))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code register.request.name} becomes {@code name}: clients know fields, not Java methods. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            // An element of a list carries its index on its own node: it belongs to the list's name.
            if (node.isInIterable() && node.getIndex() != null && !parts.isEmpty()) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + node.getIndex() + "]");
            }
            String name = node.getName();
            if (name != null && !name.isEmpty() && !name.startsWith("<")) {
                parts.add(name);
            }
        }
        if (parts.isEmpty()) {
            String path = violation.getPropertyPath().toString();
            return path.substring(path.lastIndexOf('.') + 1);
        }
        return String.join(".", parts).replace(".[", "[");
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
