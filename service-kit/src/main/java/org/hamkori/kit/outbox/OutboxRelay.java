package org.hamkori.kit.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka in commit order and marks them published only after the
 * broker acknowledged them. One relay at a time per database holds a transaction-scoped advisory
 * lock, so several replicas of a service never publish the same rows or reorder an aggregate's events.
 * If Kafka is down, rows wait and the relay retries with backoff; writes are never blocked by it.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Arbitrary constant naming the relay's advisory lock inside the service's own database. */
    private static final long RELAY_LOCK = 0x48414d4b4f5249L;

    @Inject
    EntityManager entityManager;

    @Inject
    OutboxPublisher publisher;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "hamkori.outbox.poll-interval", defaultValue = "PT5S")
    Duration pollInterval;

    @ConfigProperty(name = "hamkori.outbox.batch-size", defaultValue = "200")
    int batchSize;

    @ConfigProperty(name = "hamkori.outbox.enabled", defaultValue = "true")
    boolean enabled;

    private final Semaphore wakeUps = new Semaphore(0);
    private final AtomicBoolean running = new AtomicBoolean();
    private Thread worker;
    private Counter published;

    void start(@Observes StartupEvent startup) {
        if (!enabled) {
            LOG.warn("Outbox relay disabled by configuration: events stay in the outbox");
            return;
        }
        published = metrics.counter("hamkori.outbox.published");
        metrics.gauge("hamkori.outbox.pending", this, OutboxRelay::pendingCount);
        running.set(true);
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running.set(false);
        if (worker != null) {
            wakeUp();
            worker.join(Duration.ofSeconds(10).toMillis());
        }
    }

    /** Asks the relay to publish now, e.g. right after a commit. Never blocks. */
    public void wakeUp() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    private void run() {
        Duration backoff = Duration.ofMillis(200);
        while (running.get()) {
            try {
                int sent = publishBatch();
                backoff = Duration.ofMillis(200);
                if (sent == batchSize) {
                    continue;
                }
                awaitWakeUp(pollInterval);
            } catch (RuntimeException e) {
                if (!running.get()) {
                    return;
                }
                LOG.warnf("Outbox relay could not publish (%s); retrying in %d ms", rootMessage(e), backoff.toMillis());
                awaitWakeUp(backoff);
                backoff = backoff.multipliedBy(2).compareTo(pollInterval) > 0 ? pollInterval : backoff.multipliedBy(2);
            }
        }
    }

    private void awaitWakeUp(Duration timeout) {
        try {
            if (wakeUps.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                wakeUps.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.set(false);
        }
    }

    /** Publishes up to one batch; returns how many rows were published. */
    int publishBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Boolean locked = (Boolean) entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(:lock)")
                    .setParameter("lock", RELAY_LOCK).getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return 0;
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery("""
                    SELECT position, id, event_type, topic, source, subject, sequence, occurred_at, payload
                    FROM outbox_event WHERE published_at IS NULL ORDER BY position LIMIT :limit
                    """).setParameter("limit", batchSize).getResultList();
            if (rows.isEmpty()) {
                return 0;
            }
            List<OutboxRecord> records = rows.stream().map(OutboxRecord::fromRow).toList();
            publisher.publishAll(records);
            entityManager.createNativeQuery(
                    "UPDATE outbox_event SET published_at = now() WHERE position IN (:positions)")
                    .setParameter("positions", records.stream().map(OutboxRecord::position).toList())
                    .executeUpdate();
            published.increment(records.size());
            return records.size();
        });
    }

    private long pendingCount() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                    .createNativeQuery("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")
                    .getSingleResult()).longValue());
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
