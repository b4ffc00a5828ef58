package org.hamkori.webhooks.messaging;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.tracing.TracingPolicy;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.hamkori.webhooks.AttemptResult;
import org.hamkori.webhooks.EndpointAddresses;
import org.hamkori.webhooks.WebhooksConfig;
import org.hamkori.webhooks.service.PartnerRequests;

/**
 * Sends requests to partners' endpoints, never anywhere else (SSRF): the host is resolved, every address checked
 * ({@link EndpointAddresses}), and the connection made to the checked address itself (TLS still verifies the host's
 * name), so a DNS answer that changes between the check and the connection cannot redirect it. Redirects are never
 * followed. Every request ends within the connect timeout plus the request timeout, whatever the endpoint does;
 * requests are asynchronous, so an endpoint that never answers holds no thread.
 */
@ApplicationScoped
public class WebhookTransport implements PartnerRequests {

    private final Vertx vertx;
    private final HttpClient client;
    private final boolean allowPrivateAddresses;
    private final Duration requestTimeout;

    WebhookTransport(Vertx vertx, WebhooksConfig config) {
        this.vertx = vertx;
        this.allowPrivateAddresses = config.allowPrivateAddresses();
        this.requestTimeout = config.delivery().requestTimeout();
        int connections = Math.max(4, config.delivery().maxInFlightPerEndpoint());
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.delivery().connectTimeout().toMillis())
                .setKeepAlive(true)
                .setVerifyHost(true)
                .setForceSni(true)
                .setTryUseCompression(false)
                // the programme's trace context stays inside it: no traceparent header to partners
                .setTracingPolicy(TracingPolicy.IGNORE), new PoolOptions().setHttp1MaxSize(connections));
    }

    @Override
    public CompletionStage<AttemptResult> post(String url, Map<String, String> headers, byte[] body) {
        return exchange(HttpMethod.POST, url, headers, body).map(Exchange::result).toCompletionStage();
    }

    @Override
    public CompletionStage<Exchange> options(String url, Map<String, String> headers) {
        return exchange(HttpMethod.OPTIONS, url, headers, null).toCompletionStage();
    }

    private Future<Exchange> exchange(HttpMethod method, String url, Map<String, String> headers, byte[] body) {
        Instant at = Instant.now();
        long started = System.nanoTime();
        URI uri = URI.create(url);
        Optional<String> badUrl = EndpointAddresses.refusal(url, allowPrivateAddresses);
        if (badUrl.isPresent()) {
            return Future.succeededFuture(failed(at, started, "refused: the URL " + badUrl.get()));
        }
        return vertx.executeBlocking(() -> List.of(InetAddress.getAllByName(uri.getHost())), false)
                .compose(addresses -> {
                    Optional<String> refusal = EndpointAddresses.refusal(addresses, allowPrivateAddresses);
                    if (refusal.isPresent()) {
                        return Future.succeededFuture(failed(at, started, "refused: " + refusal.get()));
                    }
                    return send(method, uri, addresses.get(0), headers, body, at, started);
                })
                .otherwise(failure -> failed(at, started, describe(failure)));
    }

    private Future<Exchange> send(HttpMethod method, URI uri, InetAddress address, Map<String, String> headers,
            byte[] body, Instant at, long started) {
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        RequestOptions options = new RequestOptions()
                .setMethod(method)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(address, port)))
                .setHost(uri.getHost())
                .setPort(port)
                .setSsl(https)
                .setURI(pathAndQuery(uri))
                .setFollowRedirects(false)
                .setIdleTimeout(requestTimeout.toMillis());
        headers.forEach(options::putHeader);
        return client.request(options).compose(request -> {
            long deadline = vertx.setTimer(requestTimeout.toMillis(), id -> request.reset(0,
                    new TimeoutException("no answer within " + requestTimeout)));
            Future<HttpClientResponse> answer = body == null ? request.send() : request.send(Buffer.buffer(body));
            return answer.compose(response -> read(response, at, started))
                    .onComplete(done -> vertx.cancelTimer(deadline));
        });
    }

    /** Reads the answer to its end, keeping its first kilobyte. */
    private Future<Exchange> read(HttpClientResponse response, Instant at, long started) {
        Promise<Exchange> done = Promise.promise();
        Buffer excerpt = Buffer.buffer();
        response.handler(chunk -> {
            int room = AttemptResult.EXCERPT_BYTES - excerpt.length();
            if (room > 0) {
                excerpt.appendBuffer(chunk.length() <= room ? chunk : chunk.getBuffer(0, room));
            }
        });
        response.exceptionHandler(done::tryFail);
        response.endHandler(end -> {
            Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            response.headers().forEach(header -> headers.putIfAbsent(header.getKey(), header.getValue()));
            AttemptResult result = AttemptResult.answered(at, since(started), response.statusCode(),
                    retryAfter(headers.get("Retry-After"), at), headers.get("Location"), text(excerpt));
            done.tryComplete(new Exchange(result, headers));
        });
        return done.future();
    }

    private static Exchange failed(Instant at, long started, String error) {
        return new Exchange(AttemptResult.failed(at, since(started), error), Map.of());
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private static String pathAndQuery(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    /** Seconds or an HTTP date (RFC 9110); anything else is ignored. */
    static Duration retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant when = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return when.isAfter(now) ? Duration.between(now, when) : Duration.ZERO;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    /** The answer's text as the log keeps it: UTF-8, without the NUL characters PostgreSQL's text refuses. */
    private static String text(Buffer excerpt) {
        return excerpt.length() == 0 ? null
                : new String(excerpt.getBytes(), StandardCharsets.UTF_8).replace("\u0000", "");
    }

    private String describe(Throwable failure) {
        if (failure instanceof TimeoutException || failure.getClass().getSimpleName().contains("Timeout")) {
            return "no answer within " + requestTimeout + ": " + failure.getMessage();
        }
        if (failure instanceof UnknownHostException) {
            return "unknown host: " + failure.getMessage();
        }
        if (failure instanceof ConnectException) {
            return "connection failed: " + failure.getMessage();
        }
        if (failure instanceof SSLException) {
            return "TLS failed: " + failure.getMessage();
        }
        return failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
