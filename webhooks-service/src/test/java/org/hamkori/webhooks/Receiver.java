package org.hamkori.webhooks;

import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cloudevents.CloudEvent;
import io.cloudevents.http.HttpMessageFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A partner's endpoint on loopback (the JDK's HTTP server): it answers as the test says, and checks every request
 * as a partner would, independently of the service's own code: the signature with the Standard Webhooks reference
 * library against the secrets it was given, the CloudEvent with the CloudEvents SDK's HTTP binding.
 */
final class Receiver implements AutoCloseable {

    /** A request as received, with what the independent checks made of it. */
    record Received(Instant at, String method, Map<String, List<String>> headers, byte[] body, CloudEvent event,
            String signatureProblem, int answeredWith) {

        boolean accepted() {
            return answeredWith >= 200 && answeredWith < 300;
        }

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }

        String webhookId() {
            return header("webhook-id");
        }

        boolean isPing() {
            return "org.hamkori.webhooks.Ping.v1".equals(header("ce-type"));
        }

        long sequence() {
            return Long.parseLong(header("ce-sequence"));
        }
    }

    /** How to answer: a status and headers, or never (the request hangs until the receiver closes). */
    record Answer(int status, Map<String, String> headers, boolean hangs) {

        static Answer of(int status) {
            return new Answer(status, Map.of(), false);
        }

        static Answer of(int status, Map<String, String> headers) {
            return new Answer(status, headers, false);
        }

        static Answer never() {
            return new Answer(0, Map.of(), true);
        }
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<String> secrets = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile Function<Received, Answer> answers = request -> Answer.of(204);
    private ExecutorService threads;
    private HttpServer server;
    private int port;

    Receiver() {
        start(0);
    }

    /** Pings and the handshake are answered 2xx; everything else as {@code answers} says. */
    Receiver answering(Function<Received, Answer> answers) {
        this.answers = answers;
        return this;
    }

    /**
     * Each delivery's first {@code failures} attempts (told apart by webhook-id) are answered {@code failure}, the
     * later ones {@code then}.
     */
    Receiver failingFirst(int failures, Answer failure, Answer then) {
        Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        return answering(request -> attempts.computeIfAbsent(request.webhookId(), id -> new AtomicInteger())
                .incrementAndGet() <= failures ? failure : then);
    }

    /** Verifies the signatures of what comes from now on with these secrets (one of them must sign). */
    Receiver trusting(String... secrets) {
        this.secrets.clear();
        this.secrets.addAll(List.of(secrets));
        return this;
    }

    String url() {
        return "http://127.0.0.1:" + port + "/hooks/hamkori?source=test";
    }

    /** Nothing listens any more (connections refused) until {@link #restart}. */
    void stop() {
        server.stop(0);
        threads.shutdownNow();
    }

    void restart() {
        start(port);
    }

    /** Everything received but pings and handshakes. */
    List<Received> deliveries() {
        return received.stream().filter(r -> r.method().equals("POST") && !r.isPing()).toList();
    }

    /** Deliveries of the given subjects only: other tests' (and services') events reach every endpoint too. */
    List<Received> deliveriesOf(java.util.Collection<java.util.UUID> subjects) {
        List<String> ids = subjects.stream().map(Object::toString).toList();
        return deliveries().stream().filter(r -> ids.contains(r.header("ce-subject"))).toList();
    }

    List<Received> all() {
        return List.copyOf(received);
    }

    private void start(int onPort) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        threads = Executors.newCachedThreadPool();
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
        port = server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Map<String, List<String>> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                new ArrayList<>(values)));
        String method = exchange.getRequestMethod();
        if (method.equals("OPTIONS")) {
            received.add(new Received(Instant.now(), method, headers, body, null, null, 200));
            exchange.getResponseHeaders().add("WebHook-Allowed-Origin",
                    exchange.getRequestHeaders().getFirst("WebHook-Request-Origin"));
            respond(exchange, 200);
            return;
        }
        Received request = new Received(Instant.now(), method, headers, body, cloudEvent(headers, body),
                signatureProblem(headers, body), 0);
        Answer answer = request.isPing() ? Answer.of(204) : answers.apply(request);
        received.add(new Received(request.at(), method, headers, body, request.event(), request.signatureProblem(),
                answer.hangs() ? 0 : answer.status()));
        if (answer.hangs()) {
            try {
                closing.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        respond(exchange, answer.status());
    }

    private static void respond(HttpExchange exchange, int status) throws IOException {
        byte[] text = ("answered " + status).getBytes(StandardCharsets.UTF_8);
        if (status == 204) {
            exchange.sendResponseHeaders(status, -1);
        } else {
            exchange.sendResponseHeaders(status, text.length);
            exchange.getResponseBody().write(text);
        }
        exchange.close();
    }

    private static CloudEvent cloudEvent(Map<String, List<String>> headers, byte[] body) {
        return HttpMessageFactory.createReaderFromMultimap(headers, body).toEvent();
    }

    /** Null when one of the trusted secrets verifies the request (the reference library's verdict). */
    private String signatureProblem(Map<String, List<String>> headers, byte[] body) {
        if (secrets.isEmpty()) {
            return "no secret to verify with yet";
        }
        String problem = null;
        for (String secret : secrets) {
            try {
                new Webhook(secret).verify(new String(body, StandardCharsets.UTF_8), headers);
                return null;
            } catch (Exception e) {
                problem = e.getMessage();
            }
        }
        return problem;
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
