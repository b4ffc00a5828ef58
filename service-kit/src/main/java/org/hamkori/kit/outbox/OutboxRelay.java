package org.hamkori.kit.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.hamkori.kit.outbox.OutboxPublisher.Outcome;
import org.hamkori.kit.outbox.OutboxPublisher.SendResult;
import org.hamkori.kit.tracing.EventTracing;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Publishes committed outbox rows to Kafka and marks them published only after the broker acknowledged them.
 *
 * <p>Guarantees:
 * <ul>
 * <li><b>Per-aggregate order.</b> A row is handed to the producer only once every earlier row of the same aggregate
 * (same subject) is published or parked. A batch sends in rounds: each round sends the next row of every aggregate
 * in the batch together and waits for their acknowledgements. If a row fails, nothing after it of its aggregate is
 * sent, so its events reach the topic in order (a row resent after an unknown outcome may appear twice, never after
 * a later one).</li>
 * <li><b>Failures.</b> A batch stops at the end of the first round in which a send failed for a reason that may pass
 * (broker down, timeout); it marks what was acknowledged, leaves the rest pending and the relay retries with
 * backoff. A row that can never be sent as it is (too large, not serialisable, invalid topic) is <b>parked</b>
 * with its reason instead of blocking the relay; its aggregate's later rows go on.</li>
 * <li><b>Bounded batches.</b> A batch runs in one transaction of {@code hamkori.outbox.batch-timeout} that also
 * holds a transaction-scoped advisory lock, so several replicas never publish at once; it waits for the broker for
 * three quarters of that time at most and then stops as after a failure, so neither the transaction nor the lock
 * ends while it is still sending.</li>
 * </ul>
 * If Kafka is down, rows wait; writes are never blocked by the relay. Delivery is at least once.
 *
 * <p>It runs on Quarkus' threads: a commit wakes it on a Vert.x worker, the scheduler polls every
 * {@code hamkori.outbox.poll-interval} and a retry waits on a Vert.x timer. At shutdown it finishes the batch it is
 * sending and starts no other.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);

    @Inject
    OutboxStore store;

    @Inject
    OutboxPublisher publisher;

    @Inject
    OutboxConfig config;

    @Inject
    MeterRegistry metrics;

    @Inject
    Vertx vertx;

    /** Held by the one drain at a time; taken for good at shutdown once the running batch has finished. */
    private final Semaphore draining = new Semaphore(1);
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private volatile boolean running;
    /** The relay's own Vert.x context: its work never runs in the context of the request whose commit woke it. */
    private Context relayContext;
    private volatile long retryNotBefore = System.nanoTime();
    private Duration backoff = FIRST_BACKOFF;
    private Counter published;
    private Counter transientFailures;
    private Counter neverSendable;

    /** What a batch read, published and parked, and why it stopped early (null when it went through). */
    record BatchResult(int read, int published, int parked, String failure) {
        static final BatchResult IDLE = new BatchResult(0, 0, 0, null);
    }

    void start(@Observes StartupEvent startup) {
        if (!config.enabled()) {
            LOG.warn("Outbox relay disabled by configuration: events stay in the outbox");
            return;
        }
        published = metrics.counter("hamkori.outbox.published");
        transientFailures = metrics.counter("hamkori.outbox.send.failures", "kind", "transient");
        neverSendable = metrics.counter("hamkori.outbox.send.failures", "kind", "never-sendable");
        metrics.gauge("hamkori.outbox.pending", this, relay -> relay.count(store::pendingCount));
        metrics.gauge("hamkori.outbox.parked", this, relay -> relay.count(store::parkedCount));
        relayContext = vertx.getOrCreateContext();
        running = true;
        wakeUp();
    }

    /**
     * Shutdown (after the HTTP server stopped taking requests and finished the ones in flight): no batch starts any
     * more and the running one finishes, marking what the broker acknowledged. Rows left pending are published by
     * another replica or after the restart.
     */
    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        if (!running) {
            return;
        }
        running = false;
        if (!draining.tryAcquire(config.batchTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
            LOG.warn("Outbox relay: the running batch did not finish within the batch timeout; its rows stay pending");
        }
    }

    /** Asks the relay to publish now, e.g. right after a commit. Never blocks. */
    public void wakeUp() {
        if (running && !wakeUpPending.getAndSet(true)) {
            drainOnWorker();
        }
    }

    private void drainOnWorker() {
        relayContext.executeBlocking(() -> {
            drain();
            return null;
        }, false);
    }

    /** The safety net: publishes what no wake-up announced (another replica's leftovers, a missed commit). */
    @Scheduled(identity = "outbox-relay", every = "${hamkori.outbox.poll-interval:PT5S}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (running) {
            wakeUpPending.set(true);
            drain();
        }
    }

    /**
     * Publishes batch after batch while there is work (a full batch, or a wake-up during the last one); one drain at
     * a time, on a worker thread of Quarkus. After a failure it stops and retries with backoff.
     */
    void drain() {
        if (!draining.tryAcquire()) {
            return; // the running drain sees the pending wake-up
        }
        try {
            while (running && !backingOff() && wakeUpPending.getAndSet(false)) {
                if (publishAndCount()) {
                    wakeUpPending.set(true);
                }
            }
        } finally {
            draining.release();
        }
        if (running && !backingOff() && wakeUpPending.get()) {
            drainOnWorker(); // a wake-up arrived after the loop's last look
        }
    }

    private boolean backingOff() {
        return System.nanoTime() - retryNotBefore < 0;
    }

    /** One batch; true when it was full, so more may be waiting. */
    private boolean publishAndCount() {
        String failure;
        try {
            BatchResult batch = publishBatch();
            published.increment(batch.published());
            neverSendable.increment(batch.parked());
            if (batch.failure() == null) {
                backoff = FIRST_BACKOFF;
                return batch.read() >= config.batchSize();
            }
            failure = batch.failure();
            transientFailures.increment();
        } catch (RuntimeException e) {
            failure = rootMessage(e);
        }
        if (running) {
            LOG.warnf("Outbox relay could not publish (%s); retrying in %d ms", failure, backoff.toMillis());
            retryNotBefore = System.nanoTime() + backoff.toNanos();
            vertx.setTimer(backoff.toMillis(), timer -> {
                wakeUpPending.set(true);
                drainOnWorker();
            });
            backoff = backoff.multipliedBy(2).compareTo(config.pollInterval()) > 0
                    ? config.pollInterval() : backoff.multipliedBy(2);
        }
        return false;
    }

    /** Publishes up to one batch in one transaction (see the class comment). */
    BatchResult publishBatch() {
        Duration timeout = config.batchTimeout();
        int timeoutSeconds = (int) Math.max(1, timeout.toSeconds());
        return QuarkusTransaction.requiringNew().timeout(timeoutSeconds).call(() -> {
            long deadline = System.nanoTime() + timeout.multipliedBy(3).dividedBy(4).toNanos();
            if (!store.tryRelayLock()) {
                return BatchResult.IDLE;
            }
            List<OutboxRecord> rows = store.pending(config.batchSize());
            Map<UUID, Deque<OutboxRecord>> byAggregate = new LinkedHashMap<>();
            rows.forEach(row -> byAggregate.computeIfAbsent(row.subject(), s -> new ArrayDeque<>()).add(row));
            List<Long> acknowledged = new ArrayList<>();
            int parked = 0;
            String failure = null;
            while (failure == null && !byAggregate.isEmpty()) {
                List<OutboxRecord> round = byAggregate.values().stream().map(Deque::peekFirst).toList();
                for (SendResult result : publisher.send(round, deadline)) {
                    if (result.outcome() == Outcome.FAILED) {
                        failure = failure == null ? result.reason() : failure;
                        continue;
                    }
                    if (result.outcome() == Outcome.PUBLISHED) {
                        acknowledged.add(result.record().position());
                    } else {
                        park(result);
                        parked++;
                    }
                    byAggregate.get(result.record().subject()).removeFirst();
                }
                byAggregate.values().removeIf(Deque::isEmpty);
            }
            store.markPublished(acknowledged);
            return new BatchResult(rows.size(), acknowledged.size(), parked, failure);
        });
    }

    private void park(SendResult result) {
        OutboxRecord row = result.record();
        MDC.put(EventTracing.EVENT_ID, row.id().toString());
        LOG.errorf("Outbox event %s (%s of %s, sequence %d, to %s) can never be published as it is and is parked: %s",
                row.id(), row.eventType(), row.subject(), row.sequence(), row.topic(), result.reason());
        MDC.remove(EventTracing.EVENT_ID);
        store.park(row.position(), result.reason());
    }

    private long count(LongSupplier query) {
        try {
            return QuarkusTransaction.requiringNew().call(query::getAsLong);
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
