package org.hamkori.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * The single-page app: hashed assets cached for a year, everything else revalidated, and any other path
 * answered with index.html so the app's own router shows the page (e.g. {@code /verify/ABC-123}).
 */
@ApplicationScoped
public class WebRoutes {

    private static final Logger LOG = Logger.getLogger(WebRoutes.class);
    private static final int ONE_YEAR = 365 * 24 * 3600;

    void routes(@Observes Router router, WebConfig config) {
        Path root = Path.of(config.root()).toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("index.html"))) {
            LOG.warnf("%s has no index.html: build the app (cd web && npm ci && npm run build)", root);
        }
        String runtimeConfig = new JsonObject()
                .put("centersUrl", config.centersUrl())
                .put("groupsUrl", config.groupsUrl())
                .put("trainingUrl", config.trainingUrl())
                .put("reportingUrl", config.reportingUrl())
                .put("webhooksUrl", config.webhooksUrl())
                .put("issuer", config.issuer())
                .put("clientId", config.clientId())
                .encode();

        read(router, "/config.json").handler(ctx -> ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(runtimeConfig));

        // file names under assets/ carry their content hash: they never change
        // the build writes a gzipped copy of every asset: served as it is, no compression per request
        read(router, "/assets/*").handler(ctx -> {
            String name = ctx.normalizedPath().substring("/assets/".length());
            Path gzipped = root.resolve("assets").resolve(name + ".gz").normalize();
            String accepted = ctx.request().getHeader(HttpHeaders.ACCEPT_ENCODING);
            if (accepted == null || !accepted.contains("gzip") || !gzipped.startsWith(root)
                    || !Files.isRegularFile(gzipped)) {
                ctx.next();
                return;
            }
            ctx.response()
                    .putHeader(HttpHeaders.CONTENT_TYPE, contentType(name))
                    .putHeader(HttpHeaders.CONTENT_ENCODING, "gzip")
                    .putHeader(HttpHeaders.VARY, "Accept-Encoding")
                    .putHeader(HttpHeaders.CACHE_CONTROL, "public, immutable, max-age=" + ONE_YEAR)
                    .sendFile(gzipped.toString());
        });
        // the route prefix is stripped: the handler serves from the assets directory itself
        read(router, "/assets/*").handler(StaticHandler.create(FileSystemAccess.ROOT, root.resolve("assets").toString())
                .setCachingEnabled(true)
                .setMaxAgeSeconds(ONE_YEAR)
                .setFilesReadOnly(true));
        read(router, "/assets/*").handler(ctx -> ctx.response().setStatusCode(404).end());

        read(router, "/*").handler(ctx -> {
            ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
            ctx.next();
        });
        read(router, "/*").handler(StaticHandler.create(FileSystemAccess.ROOT, root.toString())
                .setCachingEnabled(false)
                .setIndexPage("index.html"));
        read(router, "/*").handler(ctx -> ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .sendFile(root.resolve("index.html").toString())
                .onFailure(e -> {
                    if (!ctx.response().ended()) {
                        ctx.response().setStatusCode(503).end("The web app is not built (web/dist/index.html is missing).");
                    }
                }));
    }


    private static Route read(Router router, String path) {
        return router.route(path).method(HttpMethod.GET).method(HttpMethod.HEAD);
    }

    private static String contentType(String name) {
        if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        return "application/octet-stream";
    }
}
