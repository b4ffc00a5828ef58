package org.hamkori.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A partner's webhook receiver on 127.0.0.1 (a port the system gives): answers every request 204 and remembers when
 * the first request of each event subject ({@code ce-subject}) arrived, on this JVM's clock, and counts subjects and
 * requests per channel, the first segment of the path an endpoint was registered with.
 */
final class Receiver implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(16);
    private final Map<String, Long> firstReceipt = new ConcurrentHashMap<>();
    private final Map<String, Channel> channels = new ConcurrentHashMap<>();

    /** What arrived on one channel: distinct subjects, requests, and when the latest new subject came. */
    private static final class Channel {
        final AtomicLong subjects = new AtomicLong();
        final AtomicLong requests = new AtomicLong();
        volatile long lastReceipt;
        volatile long lastRequest;
    }

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        server.createContext("/", this::answer);
        server.setExecutor(threads);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void answer(HttpExchange exchange) throws IOException {
        long now = System.nanoTime();
        try (InputStream body = exchange.getRequestBody()) {
            body.readAllBytes();
        }
        String subject = exchange.getRequestHeaders().getFirst("ce-subject");
        if (subject != null) {
            Channel channel = channel(exchange.getRequestURI().getPath().split("/")[1]);
            channel.requests.incrementAndGet();
            channel.lastRequest = now;
            if (firstReceipt.putIfAbsent(subject, now) == null) {
                channel.lastReceipt = now;
                channel.subjects.incrementAndGet();
                synchronized (this) {
                    notifyAll();
                }
            }
        }
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    /** When the first request of {@code subject} arrived (System.nanoTime), waiting at most {@code timeout}. */
    synchronized long receiptOf(String subject, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Long at;
        while ((at = firstReceipt.get(subject)) == null) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IllegalStateException("no delivery of " + subject + " within " + timeout);
            }
            wait(Math.max(1, Math.min(left / 1_000_000, 50)));
        }
        return at;
    }

    /** Waits until {@code subjects} distinct subjects have arrived on {@code channel}; false when {@code timeout} passed. */
    synchronized boolean awaitSubjects(String channel, long subjects, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (subjects(channel) < subjects) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, Math.min(left / 1_000_000, 200)));
        }
        return true;
    }

    /** Waits until {@code requests} requests in all have arrived on {@code channel}; false when {@code timeout} passed. */
    boolean awaitRequests(String channel, long requests, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (requests(channel) < requests) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20); // polled: requests, unlike new subjects, do not notify
        }
        return true;
    }

    /** When the latest request arrived on {@code channel} (System.nanoTime). */
    long lastRequest(String channel) {
        return channel(channel).lastRequest;
    }

    long subjects(String channel) {
        return channel(channel).subjects.get();
    }

    long requests(String channel) {
        return channel(channel).requests.get();
    }

    long lastReceipt(String channel) {
        return channel(channel).lastReceipt;
    }

    private Channel channel(String name) {
        return channels.computeIfAbsent(name, n -> new Channel());
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
