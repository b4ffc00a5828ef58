package org.hamkori.webhooks.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hamkori.webhooks.Endpoint;
import org.hamkori.webhooks.repository.DeliveryRepository.Backlog;

/**
 * An endpoint as the API shows it, with its health; never its secrets, except {@code secret} in the answer that made
 * it (creation or rotation).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EndpointView(UUID id, String partnerCode, String url, List<String> eventTypes,
        EndpointRequests.Filter filter, String description, boolean enabled, String disabledReason,
        Instant disabledAt, Instant createdAt, Instant secretRotatedAt, Instant previousSecretValidUntil,
        Health health, long version, String secret) {

    /** How deliveries to the endpoint go. */
    public record Health(Instant lastSuccessAt, Instant failingSince, long failedDeliveries, long pending,
            Instant oldestPendingSince) {
    }

    public static EndpointView of(Endpoint e, Backlog backlog) {
        return of(e, backlog, null);
    }

    public static EndpointView of(Endpoint e, Backlog backlog, String secret) {
        Backlog pending = backlog == null ? new Backlog(0, null) : backlog;
        Instant previousUntil = e.previousSecretUntil != null && e.previousSecretUntil.isAfter(Instant.now())
                ? e.previousSecretUntil : null;
        return new EndpointView(e.id, e.partnerCode, e.url, List.of(e.eventTypes),
                e.regionCode == null && e.districtCode == null ? null
                        : new EndpointRequests.Filter(e.regionCode, e.districtCode),
                e.description, e.enabled, e.disabledReason, e.disabledAt, e.createdAt, e.secretRotatedAt,
                previousUntil, new Health(e.lastSuccessAt, e.failingSince, e.failedDeliveries, pending.pending(),
                        pending.oldestQueuedAt()), e.version, secret);
    }
}
