package org.hamkori.webhooks.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.vertx.core.Vertx;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hamkori.webhooks.AttemptResult;
import org.hamkori.webhooks.Settings;
import org.junit.jupiter.api.Test;

/** SSRF: where private addresses are not allowed, the service never connects to one, whatever URL it was given. */
class WebhookTransportTest {

    @Test
    void aPrivateAddressIsRefusedAtTheConnectionWhenNotAllowed() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger reached = new AtomicInteger();
        server.createContext("/", exchange -> {
            reached.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        Vertx vertx = Vertx.vertx();
        try {
            int port = server.getAddress().getPort();
            WebhookTransport strict = new WebhookTransport(vertx, Settings.of(false, Optional.empty()));
            for (String url : new String[] {"https://127.0.0.1:" + port + "/", "https://localhost:" + port + "/"}) {
                AttemptResult refused = strict.post(url, Map.of(), new byte[0]).toCompletableFuture()
                        .get(30, TimeUnit.SECONDS);
                assertNull(refused.statusCode(), url);
                assertTrue(refused.error().contains("not a public address"), refused.error());
            }
            AttemptResult plainHttp = strict.post("http://127.0.0.1:" + port + "/", Map.of(), new byte[0])
                    .toCompletableFuture().get(30, TimeUnit.SECONDS);
            assertTrue(plainHttp.error().contains("https"), plainHttp.error());
            assertEquals(0, reached.get(), "nothing reached the private address");

            WebhookTransport allowing = new WebhookTransport(vertx, Settings.of(true, Optional.empty()));
            AttemptResult allowed = allowing.post("http://127.0.0.1:" + port + "/", Map.of(), new byte[0])
                    .toCompletableFuture().get(30, TimeUnit.SECONDS);
            assertEquals(204, allowed.statusCode(), "where configuration allows private addresses");
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            server.stop(0);
        }
    }
}
