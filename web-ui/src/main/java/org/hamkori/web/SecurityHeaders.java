package org.hamkori.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Security headers on every answer of web-ui, the app's files and errors alike: a Content-Security-Policy that runs
 * only the app's own script files and lets it talk only to the four APIs and the identity provider, no framing by
 * other sites, no content sniffing, no Referer (a page address may hold a certificate number), and HSTS once the app
 * is reached over TLS, as the APIs send them.
 */
@Singleton
class SecurityHeaders {

    /** Opened by the app itself in a hidden frame for silent token renewal. */
    static final String SILENT_RENEWAL_PAGE = "/auth/silent.html";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private static final int BEFORE_THE_ROUTES = 100;

    void register(@Observes Filters filters, WebConfig config) {
        String policy = contentSecurityPolicy(config, "'none'");
        String silentRenewalPolicy = contentSecurityPolicy(config, "'self'");
        filters.register(ctx -> {
            boolean silentRenewal = SILENT_RENEWAL_PAGE.equals(ctx.normalizedPath());
            addHeaders(ctx, silentRenewal ? silentRenewalPolicy : policy, silentRenewal ? "SAMEORIGIN" : "DENY");
            ctx.next();
        }, BEFORE_THE_ROUTES);
    }

    private static void addHeaders(RoutingContext ctx, String policy, String frameOptions) {
        MultiMap headers = ctx.response().headers();
        headers.set("Content-Security-Policy", policy);
        // frame-ancestors for browsers that predate it
        headers.set("X-Frame-Options", frameOptions);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        if (overTls(ctx.request())) {
            headers.set("Strict-Transport-Security", HSTS);
        }
    }

    /** Over TLS to web-ui itself, or to the proxy in front of it (X-Forwarded-Proto, its first hop). */
    static boolean overTls(HttpServerRequest request) {
        String forwarded = request.getHeader("X-Forwarded-Proto");
        return "https".equals(request.scheme())
                || forwarded != null && "https".equalsIgnoreCase(forwarded.split(",")[0].trim());
    }

    static String contentSecurityPolicy(WebConfig config, String frameAncestors) {
        String issuer = origin(config.issuer());
        Set<String> connect = new LinkedHashSet<>();
        connect.add("'self'");
        for (String api : new String[] {config.centersUrl(), config.groupsUrl(), config.trainingUrl(),
                config.reportingUrl(), config.webhooksUrl()}) {
            connect.add(origin(api));
        }
        connect.add(issuer);
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self'",
                // the charts' tooltips are HTML with style attributes; styles cannot run code
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: blob:",
                "connect-src " + String.join(" ", connect),
                // silent renewal: the identity provider's page in a hidden frame, which comes back to the app
                "frame-src 'self' " + issuer,
                "frame-ancestors " + frameAncestors,
                "form-action 'self'",
                "base-uri 'self'",
                "object-src 'none'");
    }

    /** scheme://host[:port] of a URL: what a CSP source names. */
    static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
