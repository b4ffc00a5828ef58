package org.hamkori.kit.retention;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Deletes published outbox rows and stored {@code Idempotency-Key} responses once they are older than configured
 * ({@link RetentionConfig}). Pending and parked outbox rows are never deleted. Each batch is its own short
 * transaction and skips rows another replica is deleting, so replicas may run the job at the same time. A service's
 * own rows that are kept for a while ({@link RetainedRows} beans) are pruned the same way. {@code processed_event} is
 * deliberately not pruned (see the README, "Retention").
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);

    @Inject
    RetentionConfig config;

    @Inject
    EntityManager entityManager;

    @Inject
    Instance<RetainedRows> servicesRows;

    @Scheduled(identity = "hamkori-retention", every = "${hamkori.retention.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void prune() {
        report("published outbox rows", deleteOlderThan(config.outboxPublished(), """
                DELETE FROM outbox_event WHERE position IN (
                    SELECT position FROM outbox_event WHERE published_at < :cutoff
                    ORDER BY published_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                """));
        report("idempotency keys", deleteOlderThan(config.idempotencyKeys(), """
                DELETE FROM idempotency_key WHERE (scope, idempotency_key) IN (
                    SELECT scope, idempotency_key FROM idempotency_key WHERE created_at < :cutoff
                    ORDER BY created_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                """));
        servicesRows.forEach(rows -> report(rows.what(), deleteOlderThan(rows.age(), rows.delete())));
    }

    private long deleteOlderThan(Duration age, String delete) {
        Instant cutoff = Instant.now().minus(age);
        long total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(delete)
                    .setParameter("cutoff", cutoff).setParameter("limit", config.batchSize()).executeUpdate());
            total += deleted;
        } while (deleted == config.batchSize());
        return total;
    }

    private static void report(String what, long deleted) {
        if (deleted > 0) {
            LOG.infof("Retention deleted %d %s", deleted, what);
        }
    }
}
