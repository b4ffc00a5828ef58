package org.hamkori.webhooks;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hamkori.kit.audit.Personal;
import org.hamkori.kit.domain.VersionedAggregate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A partner's HTTP endpoint: where the programme's events are delivered, which of them, and the secrets that sign
 * them (ciphertext only: {@code SecretBox} holds the key; marked personal, an audit entry masks them, and their text
 * is {@code "(sealed)"} anyway). It is disabled when it answers 410 Gone or fails every attempt for too long, and
 * stays disabled, with the reason, until its owner enables it again.
 */
@Entity
public class Endpoint implements VersionedAggregate {

    @Id
    public UUID id;
    public String partnerCode;
    public String url;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] eventTypes;
    public String regionCode;
    public String districtCode;
    public String description;
    public boolean enabled;
    public String disabledReason;
    public Instant disabledAt;
    @Personal
    public SealedSecret secret;
    public Instant secretRotatedAt;
    @Personal
    public SealedSecret previousSecret;
    public Instant previousSecretUntil;
    public Instant failingSince;
    public Instant lastSuccessAt;
    public long failedDeliveries;
    public Instant createdAt;
    @Version
    public long version;

    /** A new, enabled endpoint of {@code partnerCode} (none: the programme's own) signing with {@code secret}. */
    public static Endpoint register(String partnerCode, EndpointSettings settings, SealedSecret sealedSecret,
            Instant now) {
        Endpoint endpoint = new Endpoint();
        endpoint.id = UUID.randomUUID();
        endpoint.partnerCode = partnerCode;
        endpoint.enabled = true;
        endpoint.secret = sealedSecret;
        endpoint.createdAt = now;
        endpoint.apply(settings);
        return endpoint;
    }

    public void change(EndpointSettings settings) {
        apply(settings);
    }

    /** Enabled again by its owner: deliveries that waited go out, and the failure streak starts over. */
    public void enable() {
        enabled = true;
        disabledReason = null;
        disabledAt = null;
        failingSince = null;
    }

    public void disable(String reason, Instant now) {
        if (!enabled) {
            return;
        }
        enabled = false;
        disabledReason = reason;
        disabledAt = now;
    }

    /** The new secret signs from now on; the old one keeps signing beside it for {@code overlap}. */
    public void rotateSecret(SealedSecret sealedSecret, Instant now, Duration overlap) {
        previousSecret = secret;
        previousSecretUntil = now.plus(overlap);
        secret = sealedSecret;
        secretRotatedAt = now;
    }

    /** The secrets that sign a request now: the current one, and the previous one during a rotation's overlap. */
    public List<SealedSecret> signingSecrets(Instant now) {
        return previousSecret != null && previousSecretUntil != null && previousSecretUntil.isAfter(now)
                ? List.of(secret, previousSecret) : List.of(secret);
    }

    /**
     * Whether an event goes to this endpoint: one of its event types (or it names none), and in its region and
     * district when it has a filter and the event names them ({@code place}: the payload's regionCode and
     * districtCode, absent ones missing). An event that names no place passes the filter.
     */
    public boolean accepts(String ceType, Map<String, String> place) {
        if (!enabled) {
            return false;
        }
        if (eventTypes.length > 0 && !List.of(eventTypes).contains(ceType)) {
            return false;
        }
        return matches(regionCode, place.get("regionCode")) && matches(districtCode, place.get("districtCode"));
    }

    private static boolean matches(String filter, String value) {
        return filter == null || value == null || filter.equals(value);
    }

    /**
     * Why an endpoint is disabled after an attempt, if it is: it answered 410 Gone, or it has failed every attempt
     * since {@code failingSince} (this one included) for {@code disableAfter}.
     */
    public static Optional<String> disablingReason(AttemptResult attempt, Instant failingSince, Duration disableAfter) {
        if (attempt.gone()) {
            return Optional.of("the endpoint answered 410 Gone at " + attempt.at());
        }
        if (!attempt.accepted() && failingSince != null && !attempt.at().isBefore(failingSince.plus(disableAfter))) {
            return Optional.of("every attempt failed for " + disableAfter + " (since " + failingSince
                    + "); the last: " + attempt.describe());
        }
        return Optional.empty();
    }

    /** Only the partner that owns an endpoint sees it; admin (no partner) sees all. */
    public boolean visibleTo(Owner owner) {
        return owner.all() || owner.partnerCode().equals(partnerCode);
    }

    @Override
    public long currentVersion() {
        return version;
    }

    private void apply(EndpointSettings settings) {
        url = settings.url();
        eventTypes = settings.eventTypes().toArray(String[]::new);
        regionCode = settings.regionCode();
        districtCode = settings.districtCode();
        description = settings.description();
    }
}
