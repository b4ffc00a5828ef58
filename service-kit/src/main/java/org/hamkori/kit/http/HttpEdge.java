package org.hamkori.kit.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Pattern;
import org.hamkori.kit.problem.Problem;

/**
 * The answers' headers that depend on the request, and the body-size check, before any resource runs.
 * The fixed security headers (nosniff, {@code frame-ancestors 'none'}, Referrer-Policy) are the kit's
 * {@code quarkus.http.header.*} defaults.
 * <ul>
 *   <li>{@code Cache-Control: no-store} on every answer to a signed-in request that sets no caching of its own:
 *   such answers may hold personal data, which no browser or proxy cache should keep;</li>
 *   <li>{@code Strict-Transport-Security} only when the request came over TLS (directly or through a proxy that says
 *   so in {@code X-Forwarded-Proto}): browsers ignore it over plain HTTP, and a local run has no TLS;</li>
 *   <li>a body declared larger than the endpoint takes is a 413 problem before a byte of it is read;</li>
 *   <li>{@code X-Request-Id}: the caller's, when plain, or a new one, set on the request for what follows (the audit
 *   trail) and echoed in the answer ({@link RequestIds}).</li>
 * </ul>
 */
@ApplicationScoped
public class HttpEdge {

    /**
     * After the CORS filter (300), so that a refusal here still carries the CORS headers a browser needs to read it,
     * and before authentication (200) and Quarkus REST, so that even a refused request gets the headers.
     */
    private static final int PRIORITY = 250;

    @Inject
    HttpEdgeConfig config;

    @Inject
    ObjectMapper json;

    private List<Pattern> uploads;

    void register(@Observes Filters filters) {
        uploads = config.uploadPaths().orElse(List.of()).stream().map(Pattern::compile).toList();
        filters.register(this::handle, PRIORITY);
    }

    private void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (overTheLimit(request)) {
            return;
        }
        String requestId = RequestIds.acceptOrCreate(request.getHeader(RequestIds.HEADER));
        request.headers().set(RequestIds.HEADER, requestId);
        boolean signedIn = request.headers().contains(HttpHeaders.AUTHORIZATION);
        boolean overTls = overTls(request);
        ctx.addHeadersEndHandler(ignored -> {
            var headers = ctx.response().headers();
            headers.set(RequestIds.HEADER, requestId);
            if (signedIn && !headers.contains(HttpHeaders.CACHE_CONTROL)) {
                headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
            }
            if (overTls) {
                headers.set("Strict-Transport-Security", "max-age=" + config.hstsMaxAgeSeconds() + "; includeSubDomains");
            }
        });
        ctx.next();
    }

    private boolean overTheLimit(HttpServerRequest request) {
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            return false; // a chunked body is bounded by quarkus.http.limits.max-body-size
        }
        long length;
        try {
            length = Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            return false; // Vert.x itself refuses a malformed Content-Length
        }
        boolean upload = uploads.stream().anyMatch(pattern -> pattern.matcher(request.path()).matches());
        long limit = (upload ? config.maxUploadSize() : config.maxBodySize()).asLongValue();
        if (length <= limit) {
            return false;
        }
        Problem problem = new Problem(Problem.TYPE_BASE + "too-large", "Request too large", 413,
                "The body of " + length + " bytes is larger than this endpoint takes (" + limit + " bytes)", List.of());
        request.response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(encode(problem));
        return true;
    }

    private static boolean overTls(HttpServerRequest request) {
        String forwarded = request.getHeader("X-Forwarded-Proto");
        return request.isSSL() || (forwarded != null && forwarded.trim().equalsIgnoreCase("https"));
    }

    private String encode(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
