package org.hamkori.webhooks.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.hamkori.kit.retention.RetentionConfig;
import org.hamkori.webhooks.WebhooksConfig;
import org.jboss.logging.Logger;

/**
 * Deletes delivered rows (and their attempts) older than {@code hamkori.webhooks.delivered-retention}, like the
 * kit's retention job: batches of {@code hamkori.retention.batch-size} in short transactions that skip rows another
 * replica is deleting. Pending and failed deliveries are kept: they are still to be sent or looked into.
 */
@ApplicationScoped
public class DeliveryRetention {

    private static final Logger LOG = Logger.getLogger(DeliveryRetention.class);

    @Inject
    WebhooksConfig config;

    @Inject
    RetentionConfig retention;

    @Inject
    EntityManager entityManager;

    @Scheduled(identity = "webhooks-delivery-retention", every = "${hamkori.retention.interval:PT1H}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void prune() {
        Instant cutoff = Instant.now().minus(config.deliveredRetention());
        long total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                    DELETE FROM delivery WHERE position IN (
                        SELECT position FROM delivery WHERE status = 'DELIVERED' AND completed_at < :cutoff
                        ORDER BY completed_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                    """).setParameter("cutoff", cutoff).setParameter("limit", retention.batchSize()).executeUpdate());
            total += deleted;
        } while (deleted == retention.batchSize());
        if (total > 0) {
            LOG.infof("Retention deleted %d delivered webhook deliveries", total);
        }
    }
}
