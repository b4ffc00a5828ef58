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
 * the first request of each event subject ({@code ce-subject}) arrived, on this JVM's clock.
 */
final class Receiver implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(16);
    private final Map<String, Long> firstReceipt = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private volatile long lastReceipt;

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
            requests.incrementAndGet();
            if (firstReceipt.putIfAbsent(subject, now) == null) {
                lastReceipt = now;
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

    /** Waits until {@code subjects} distinct subjects have arrived; false when {@code timeout} passed first. */
    synchronized boolean awaitSubjects(long subjects, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (firstReceipt.size() < subjects) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, Math.min(left / 1_000_000, 200)));
        }
        return true;
    }

    int subjects() {
        return firstReceipt.size();
    }

    long requests() {
        return requests.get();
    }

    long lastReceipt() {
        return lastReceipt;
    }

    void forget() {
        firstReceipt.clear();
        requests.set(0);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
