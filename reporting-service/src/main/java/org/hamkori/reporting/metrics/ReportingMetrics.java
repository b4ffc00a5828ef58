package org.hamkori.reporting.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.common.TopicPartition;
import org.hamkori.reporting.Generation;
import org.hamkori.reporting.ReportingConfig;
import org.hamkori.reporting.messaging.ProgrammeTopics;
import org.hamkori.reporting.readmodel.FeedFreshness;
import org.hamkori.reporting.readmodel.Generations;
import org.jboss.logging.Logger;

/**
 * Gauges of how far behind the read models are, refreshed in the background so that a scrape costs nothing:
 * the consumer group's lag per partition (end offset minus committed offset, across all replicas), the age of the
 * newest event applied to the active generation, the dead letters stored, the active generation. Events applied
 * per type and dead-lettered per topic and reason are the kit's counters {@code hamkori.events.received} and
 * {@code hamkori.events.dead-lettered}.
 */
@ApplicationScoped
public class ReportingMetrics {

    private static final Logger LOG = Logger.getLogger(ReportingMetrics.class);

    private final Map<TopicPartition, AtomicLong> lag = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> newestEvent = new AtomicReference<>();
    private final AtomicLong deadLetters = new AtomicLong();
    private final AtomicLong activeGeneration = new AtomicLong();

    @Inject
    MeterRegistry registry;

    @Inject
    ProgrammeTopics topics;

    @Inject
    Generations generations;

    @Inject
    FeedFreshness freshness;

    @Inject
    EntityManager entityManager;

    @Inject
    ReportingConfig config;

    @Inject
    Scheduler scheduler;

    void start(@Observes StartupEvent startup) {
        TimeGauge.builder("hamkori.reporting.newest.event.age", newestEvent, TimeUnit.MILLISECONDS,
                        n -> n.get() == null ? Double.NaN : Duration.between(n.get(), Instant.now()).toMillis())
                .description("Time since the newest event applied to the read models was published")
                .register(registry);
        Gauge.builder("hamkori.reporting.dead.letters", deadLetters, AtomicLong::get)
                .description("Records stored from the dead-letter topic").register(registry);
        Gauge.builder("hamkori.reporting.generation.active", activeGeneration, AtomicLong::get)
                .description("The read-model generation the reports read").register(registry);
        scheduler.newJob("reporting-metrics").setInterval(config.metrics().refresh().toString())
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP).setTask(execution -> refresh()).schedule();
    }

    void refresh() {
        try {
            Map<TopicPartition, Long> ends = topics.endOffsets();
            Map<TopicPartition, Long> committed = topics.committedOffsets();
            ends.forEach((partition, end) -> lag.computeIfAbsent(partition, this::lagGauge)
                    .set(Math.max(0, end - committed.getOrDefault(partition, 0L))));
            QuarkusTransaction.requiringNew().run(() -> {
                Generation active = generations.active();
                activeGeneration.set(active.number());
                newestEvent.set(freshness.lastEventAt(active).orElse(null));
                deadLetters.set(((Number) entityManager.createNativeQuery("SELECT count(*) FROM dead_letter_record")
                        .getSingleResult()).longValue());
            });
        } catch (RuntimeException e) {
            LOG.warnf("Could not refresh the reporting metrics: %s", e.getMessage());
        }
    }

    private AtomicLong lagGauge(TopicPartition partition) {
        AtomicLong value = new AtomicLong();
        Gauge.builder("hamkori.reporting.consumer.lag", value, AtomicLong::get)
                .description("Records on the partition not yet committed by the reporting consumer group")
                .tag("topic", partition.topic()).tag("partition", Integer.toString(partition.partition()))
                .register(registry);
        return value;
    }
}
