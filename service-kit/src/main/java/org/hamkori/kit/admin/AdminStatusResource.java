package org.hamkori.kit.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.health.SmallRyeHealthReporter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamkori.kit.security.Roles;

/**
 * The service's readiness, consumer lag and outbox backlog on its API port, for the web app's administration page:
 * the management port that serves /q/health and /q/metrics is for Prometheus and the cluster, not for browsers.
 */
@Path("/admin/status")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@RolesAllowed(Roles.ADMIN)
public class AdminStatusResource {

    private static final String PARTITION_LAG = "kafka.consumer.fetch.manager.records.lag";
    private static final String CONSUMER_LAG_MAX = "kafka.consumer.fetch.manager.records.lag.max";
    private static final String CLIENT_PREFIX = "kafka-consumer-";

    @Inject
    SmallRyeHealthReporter health;

    @Inject
    MeterRegistry metrics;

    /** One readiness check by name, {@code UP} or {@code DOWN}. */
    public record Check(String name, String status) {
    }

    /**
     * @param consumerLag records not yet consumed, per consumer channel (empty for a service that consumes nothing)
     * @param outboxPending events written but not yet published; {@code outboxParked} those that never will be as they are
     */
    public record ServiceStatus(boolean ready, List<Check> checks, Map<String, Long> consumerLag, Long outboxPending,
            Long outboxParked) {
    }

    @GET
    @Operation(summary = "The service's readiness checks, its consumers' lag and its outbox backlog")
    public ServiceStatus status() {
        JsonObject readiness = health.getReadiness().getPayload();
        List<Check> checks = readiness.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .map(check -> new Check(check.getString("name"), check.getString("status")))
                .toList();
        return new ServiceStatus("UP".equals(readiness.getString("status")), checks, consumerLag(),
                gauge("hamkori.outbox.pending"), gauge("hamkori.outbox.parked"));
    }

    /**
     * Per consumer (its channel): the records not yet consumed, summed over its partitions; until a consumer has
     * fetched from its partitions Kafka reports only its largest lag, which stands in for the sum.
     */
    private Map<String, Long> consumerLag() {
        Map<String, Long> byPartition = new TreeMap<>();
        for (Gauge partition : metrics.find(PARTITION_LAG).gauges()) {
            String topic = partition.getId().getTag("topic");
            // Kafka reports every partition twice, once with the topic's dots replaced by underscores
            if (topic != null && topic.contains(".") && !Double.isNaN(partition.value())) {
                byPartition.merge(channel(partition), (long) partition.value(), Long::sum);
            }
        }
        Map<String, Long> lag = new TreeMap<>(byPartition);
        for (Gauge consumer : metrics.find(CONSUMER_LAG_MAX).gauges()) {
            if (consumer.getId().getTag("topic") == null && !Double.isNaN(consumer.value())) {
                lag.putIfAbsent(channel(consumer), (long) consumer.value());
            }
        }
        return lag;
    }

    private static String channel(Gauge gauge) {
        // the tag's spelling depends on the Micrometer binder's version
        String client = Stream.of("client.id", "client-id", "client_id").map(gauge.getId()::getTag)
                .filter(Objects::nonNull).findFirst().orElse("consumer");
        return client.startsWith(CLIENT_PREFIX) ? client.substring(CLIENT_PREFIX.length()) : client;
    }

    private Long gauge(String name) {
        Gauge gauge = metrics.find(name).gauge();
        return gauge == null || Double.isNaN(gauge.value()) ? null : (long) gauge.value();
    }
}
