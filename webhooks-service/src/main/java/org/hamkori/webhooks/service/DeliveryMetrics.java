package org.hamkori.webhooks.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamkori.webhooks.Delivery;
import org.hamkori.webhooks.Endpoint;
import org.hamkori.webhooks.WebhooksConfig;
import org.hamkori.webhooks.repository.DeliveryRepository;
import org.hamkori.webhooks.repository.DeliveryRepository.Backlog;
import org.hamkori.webhooks.repository.EndpointRepository;
import org.jboss.logging.Logger;

/**
 * Per endpoint: attempts and deliveries by outcome (counters, as they happen), and, read from the database in the
 * background so that a scrape costs nothing and every replica reports the same, the deliveries pending, the age of
 * the oldest and whether the endpoint is enabled (gauges).
 */
@ApplicationScoped
public class DeliveryMetrics {

    private static final Logger LOG = Logger.getLogger(DeliveryMetrics.class);

    @Inject
    MeterRegistry registry;

    @Inject
    Scheduler scheduler;

    @Inject
    WebhooksConfig config;

    @Inject
    EndpointRepository endpoints;

    @Inject
    DeliveryRepository deliveries;

    private MultiGauge pending;
    private MultiGauge oldestPendingAge;
    private MultiGauge enabled;

    void start(@Observes StartupEvent startup) {
        pending = MultiGauge.builder("hamkori.webhooks.pending")
                .description("Deliveries waiting for an attempt or a retry, per endpoint").register(registry);
        oldestPendingAge = MultiGauge.builder("hamkori.webhooks.oldest.pending.age").baseUnit("seconds")
                .description("How long the oldest pending delivery of the endpoint has waited").register(registry);
        enabled = MultiGauge.builder("hamkori.webhooks.endpoint.enabled")
                .description("1 while the endpoint receives deliveries, 0 once it is disabled").register(registry);
        scheduler.newJob("webhooks-metrics").setInterval(config.metricsRefresh().toString())
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP).setTask(execution -> refresh()).schedule();
    }

    /** Counts an attempt by its verdict, and the delivery when it ended (delivered or failed for good). */
    public void attempted(UUID endpoint, String partnerCode, Delivery.Verdict verdict) {
        Tags tags = tags(endpoint, partnerCode).and("outcome", verdict.name().toLowerCase());
        registry.counter("hamkori.webhooks.attempts", tags).increment();
        if (verdict == Delivery.Verdict.DELIVERED || verdict == Delivery.Verdict.FAILED) {
            registry.counter("hamkori.webhooks.deliveries", tags).increment();
        }
    }

    void refresh() {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Instant now = Instant.now();
                Map<UUID, Backlog> backlogs = deliveries.backlogs();
                List<Endpoint> all = endpoints.listAll();
                pending.register(all.stream().map(e -> MultiGauge.Row.of(tags(e),
                        backlogs.getOrDefault(e.id, new Backlog(0, null)).pending())).toList(), true);
                oldestPendingAge.register(all.stream().map(e -> MultiGauge.Row.of(tags(e),
                        age(backlogs.get(e.id), now))).toList(), true);
                enabled.register(all.stream().map(e -> MultiGauge.Row.of(tags(e), e.enabled ? 1 : 0)).toList(), true);
            });
        } catch (RuntimeException e) {
            LOG.warnf("Could not refresh the webhook metrics: %s", e.getMessage());
        }
    }

    private static Tags tags(Endpoint endpoint) {
        return tags(endpoint.id, endpoint.partnerCode);
    }

    /** The programme's own endpoints (registered by admin for no partner) are partner "-". */
    private static Tags tags(UUID endpoint, String partnerCode) {
        return Tags.of("endpoint", endpoint.toString(), "partner", partnerCode == null ? "-" : partnerCode);
    }

    private static double age(Backlog backlog, Instant now) {
        return backlog == null || backlog.oldestQueuedAt() == null ? 0
                : Duration.between(backlog.oldestQueuedAt(), now).toMillis() / 1000.0;
    }
}
