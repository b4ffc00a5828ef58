package org.hamkori.kit.problem;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A request the service refuses, answered as problem+json. Thrown from the domain and the services;
 * the transaction around the request rolls back, so a rejected request changes nothing.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final transient Duration retryAfter;

    public ProblemException(int status, String typeSlug, String title, String detail, List<Problem.FieldError> errors) {
        this(status, typeSlug, title, detail, errors, null);
    }

    private ProblemException(int status, String typeSlug, String title, String detail, List<Problem.FieldError> errors,
            Duration retryAfter) {
        super(detail);
        this.problem = new Problem(Problem.TYPE_BASE + typeSlug, title, status, detail, errors);
        this.retryAfter = retryAfter;
    }

    /** How long the client should wait before it tries again (sent as {@code Retry-After}), when that is known. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException invalidField(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new ProblemException(400, "validation", "Invalid request", detail, errors);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "bad-request", "Bad request", detail, List.of());
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist", List.of());
    }

    /** A business rule forbids the change in the resource's current state. */
    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict with the current state", detail, List.of());
    }

    /** SPEC §2: the record lies in a region the caller's token does not give them. */
    public static ProblemException outsideRegions(String what, String regionCode, java.util.Collection<String> regions) {
        return new ProblemException(403, "outside-regions", "Outside your regions", what + " is in region " + regionCode
                + "; your regions are " + String.join(", ", regions), List.of());
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, "precondition-failed", "Precondition failed", detail, List.of());
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(422, "unprocessable", "Unprocessable request", detail, List.of());
    }

    /** A client asked more often than it may: a 429 with {@code Retry-After}. */
    public static ProblemException tooManyRequests(String detail, Duration retryAfter) {
        return new ProblemException(429, "too-many-requests", "Too many requests", detail, List.of(), retryAfter);
    }

    public static ProblemException tooLarge(String detail) {
        return new ProblemException(413, "too-large", "Request too large", detail, List.of());
    }
}
