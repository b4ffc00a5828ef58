package org.hamkori.webhooks.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.hamkori.kit.retention.RetainedRows;
import org.hamkori.webhooks.WebhooksConfig;

/**
 * Delivered rows (and their attempts) older than {@code hamkori.webhooks.delivered-retention}, pruned by the kit's
 * retention job. Pending and failed deliveries are kept: they are still to be sent or looked into.
 */
@ApplicationScoped
public class DeliveryRetention implements RetainedRows {

    @Inject
    WebhooksConfig config;

    @Override
    public String what() {
        return "delivered webhook deliveries";
    }

    @Override
    public Duration age() {
        return config.deliveredRetention();
    }

    @Override
    public String delete() {
        return """
                DELETE FROM delivery WHERE position IN (
                    SELECT position FROM delivery WHERE status = 'DELIVERED' AND completed_at < :cutoff
                    ORDER BY completed_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                """;
    }
}
