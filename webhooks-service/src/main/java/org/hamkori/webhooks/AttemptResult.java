package org.hamkori.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What one POST to an endpoint came to: the answer's status (none when no answer came), how long it took, the
 * {@code Retry-After} it asked for, the error, and the first kilobyte of the answer.
 */
public record AttemptResult(Instant at, Duration duration, Integer statusCode, Duration retryAfter, String error,
        String responseExcerpt) {

    /** How much of an answer the delivery log keeps. */
    public static final int EXCERPT_BYTES = 1024;

    /** An answer; {@code location} is where a redirect pointed (never followed). */
    public static AttemptResult answered(Instant at, Duration duration, int statusCode, Duration retryAfter,
            String location, String excerpt) {
        String error = statusCode >= 300 && statusCode < 400
                ? "redirect to " + (location == null ? "an unnamed location" : location) + " not followed" : null;
        return new AttemptResult(at, duration, statusCode, retryAfter, error, excerpt);
    }

    /** No answer: the address was refused, the connection failed or the endpoint took too long. */
    public static AttemptResult failed(Instant at, Duration duration, String error) {
        return new AttemptResult(at, duration, null, null, error, null);
    }

    /** 2xx only: a redirect is never followed, so it is a failure like any other. */
    public boolean accepted() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    /** 410 Gone: the endpoint says it will never accept anything again. */
    public boolean gone() {
        return statusCode != null && statusCode == 410;
    }

    public Optional<Duration> requestedDelay() {
        return Optional.ofNullable(retryAfter);
    }

    /** A line for the delivery log and the endpoint's reason. */
    public String describe() {
        if (statusCode == null) {
            return error;
        }
        return "HTTP " + statusCode + (error == null ? "" : " (" + error + ")");
    }
}
