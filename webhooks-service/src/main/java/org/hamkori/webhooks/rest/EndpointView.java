package org.hamkori.webhooks.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hamkori.webhooks.Endpoint;
import org.hamkori.webhooks.repository.DeliveryRepository.Backlog;
import org.hamkori.webhooks.repository.DeliveryRepository.RecentAttempts;
import org.hamkori.webhooks.service.EndpointService;

/**
 * An endpoint as the API shows it, with its health; never its secrets, except {@code secret} in the answer that made
 * it (creation or rotation).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EndpointView(UUID id, String partnerCode, String url, List<String> eventTypes,
        EndpointRequests.Filter filter, String description, boolean enabled, String disabledReason,
        Instant disabledAt, Instant createdAt, Instant secretRotatedAt, Instant previousSecretValidUntil,
        Health health, long version, String secret) {

    /**
     * How deliveries to the endpoint go. {@code successRate}: the share of the attempts of the last 24 hours that the
     * endpoint answered 2xx, from 0 to 1 (absent when there was no attempt); {@code attemptsLast24Hours}: how many
     * attempts that is.
     */
    public record Health(Instant lastSuccessAt, Instant failingSince, long failedDeliveries, long pending,
            Instant oldestPendingSince, Double successRate, long attemptsLast24Hours) {
    }

    public static EndpointView of(EndpointService.Listed listed) {
        return of(listed.endpoint(), listed.backlog(), listed.recent(), null);
    }

    /** The endpoint as just written, with the secret made for it; nothing was attempted with that secret yet. */
    public static EndpointView withSecret(Endpoint e, String secret) {
        return of(e, null, null, secret);
    }

    private static EndpointView of(Endpoint e, Backlog backlog, RecentAttempts recent, String secret) {
        Backlog pending = backlog == null ? new Backlog(0, null) : backlog;
        RecentAttempts attempts = recent == null ? new RecentAttempts(0, 0) : recent;
        Instant previousUntil = e.previousSecretUntil != null && e.previousSecretUntil.isAfter(Instant.now())
                ? e.previousSecretUntil : null;
        return new EndpointView(e.id, e.partnerCode, e.url, List.of(e.eventTypes),
                e.regionCode == null && e.districtCode == null ? null
                        : new EndpointRequests.Filter(e.regionCode, e.districtCode),
                e.description, e.enabled, e.disabledReason, e.disabledAt, e.createdAt, e.secretRotatedAt,
                previousUntil, new Health(e.lastSuccessAt, e.failingSince, e.failedDeliveries, pending.pending(),
                        pending.oldestQueuedAt(), attempts.attempts() == 0 ? null
                                : (double) attempts.succeeded() / attempts.attempts(), attempts.attempts()),
                e.version, secret);
    }
}
