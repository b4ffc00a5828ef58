package org.hamkori.webhooks.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hamkori.kit.audit.AuditTrail;
import org.hamkori.kit.domain.ExpectedVersion;
import org.hamkori.kit.domain.NotFound;
import org.hamkori.kit.rest.Page;
import org.hamkori.kit.rest.PageRequest;
import org.hamkori.webhooks.Endpoint;
import org.hamkori.webhooks.EndpointSettings;
import org.hamkori.webhooks.Owner;
import org.hamkori.webhooks.SigningSecret;
import org.hamkori.webhooks.WebhooksConfig;
import org.hamkori.webhooks.repository.DeliveryRepository.Backlog;
import org.hamkori.webhooks.repository.DeliveryRepository.RecentAttempts;
import org.hamkori.webhooks.repository.DeliveryRepository;
import org.hamkori.webhooks.repository.EndpointRepository;

/**
 * Endpoints' use cases. A new URL is validated (a signed ping, or the handshake) before it is stored, outside any
 * transaction: no database connection waits for a partner's server. A secret is shown once, when it is made. Every
 * write records who made it, with the fields before and after, in its transaction (SPEC §11; no event is published,
 * so the use case names the action).
 */
@ApplicationScoped
public class EndpointService {

    @Inject
    EndpointRepository endpoints;

    @Inject
    EndpointValidation validation;

    @Inject
    SecretBox secrets;

    @Inject
    WebhooksConfig config;

    @Inject
    DeliveryWorker worker;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    AuditTrail audit;

    /**
     * An endpoint, its backlog (none when nothing waits) and its attempts over the last {@link #SUCCESS_WINDOW} (none
     * when there was no attempt).
     */
    public record Listed(Endpoint endpoint, Backlog backlog, RecentAttempts recent) {
    }

    /** The success rate of an endpoint's health is measured over this window. */
    public static final Duration SUCCESS_WINDOW = Duration.ofHours(24);

    /** An endpoint and the secret it signs with, shown only at its creation and its rotation. */
    public record WithSecret(Endpoint endpoint, SigningSecret secret) {
    }

    public WithSecret register(String partnerCode, EndpointSettings settings) {
        settings.validated(config.allowPrivateAddresses());
        SigningSecret secret = SigningSecret.generate();
        Endpoint endpoint = Endpoint.register(partnerCode, settings, secrets.seal(secret), Instant.now());
        validation.requireAccepted(endpoint.id, settings.url(), List.of(secret));
        QuarkusTransaction.requiringNew().run(() -> {
            endpoints.persist(endpoint);
            audit.record(endpoint, "EndpointRegistered");
        });
        return new WithSecret(endpoint, secret);
    }

    public Endpoint get(UUID id, Owner owner) {
        return QuarkusTransaction.requiringNew().call(() -> visible(id, owner));
    }

    /** The owner's endpoints, with how many deliveries each has waiting. */
    public Page<Listed> list(Owner owner, PageRequest page) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<UUID, Backlog> backlogs = deliveries.backlogs();
            Map<UUID, RecentAttempts> recent = deliveries.attemptsSince(Instant.now().minus(SUCCESS_WINDOW));
            return Page.of(endpoints.search(owner), page, e -> new Listed(e, backlogs.get(e.id), recent.get(e.id)));
        });
    }

    public Listed show(UUID id, Owner owner) {
        return QuarkusTransaction.requiringNew().call(() -> new Listed(visible(id, owner),
                deliveries.backlogs().get(id), deliveries.attemptsSince(Instant.now().minus(SUCCESS_WINDOW)).get(id)));
    }

    /** New settings; a new URL is validated first. {@code enabled} turns deliveries back on or off. */
    public Endpoint change(UUID id, Owner owner, ExpectedVersion expected, EndpointSettings settings,
            Boolean enabled) {
        settings.validated(config.allowPrivateAddresses());
        Endpoint current = get(id, owner);
        expected.check(current.version);
        if (!current.url.equals(settings.url())) {
            validation.requireAccepted(id, settings.url(),
                    current.signingSecrets(Instant.now()).stream().map(secrets::open).toList());
        }
        Endpoint changed = QuarkusTransaction.requiringNew().call(() -> {
            Endpoint endpoint = visible(id, owner);
            expected.check(endpoint.version);
            endpoint.change(settings);
            audit.record(endpoint, switchOnOrOff(endpoint, enabled).orElse("EndpointChanged"));
            return endpoint;
        });
        worker.wake();
        return changed;
    }

    /** Turns deliveries on or off as the change asks, if it changes that; the action it is recorded as. */
    private static Optional<String> switchOnOrOff(Endpoint endpoint, Boolean enabled) {
        if (Boolean.TRUE.equals(enabled) && !endpoint.enabled) {
            endpoint.enable();
            return Optional.of("EndpointEnabled");
        }
        if (Boolean.FALSE.equals(enabled) && endpoint.enabled) {
            endpoint.disable("disabled by its owner", Instant.now());
            return Optional.of("EndpointDisabled");
        }
        return Optional.empty();
    }

    /** Deletes the endpoint with its delivery log; nothing more is delivered to it. */
    public void delete(UUID id, Owner owner, ExpectedVersion expected) {
        QuarkusTransaction.requiringNew().run(() -> {
            Endpoint endpoint = visible(id, owner);
            expected.check(endpoint.version);
            audit.record(endpoint, "EndpointDeleted");
            deliveries.deleteOf(id);
            endpoints.delete(endpoint);
        });
    }

    /** A new secret signs from now on; the old one signs beside it for the configured overlap. */
    public WithSecret rotateSecret(UUID id, Owner owner) {
        SigningSecret secret = SigningSecret.generate();
        Endpoint endpoint = QuarkusTransaction.requiringNew().call(() -> {
            Endpoint current = visible(id, owner);
            current.rotateSecret(secrets.seal(secret), Instant.now(), config.secretOverlap());
            audit.record(current, "SecretRotated");
            return current;
        });
        return new WithSecret(endpoint, secret);
    }

    /** A signed ping now, with the secrets that sign deliveries now. */
    public EndpointValidation.PingOutcome test(UUID id, Owner owner) {
        Endpoint endpoint = get(id, owner);
        return validation.ping(endpoint.id, endpoint.url,
                endpoint.signingSecrets(Instant.now()).stream().map(secrets::open).toList());
    }

    private Endpoint visible(UUID id, Owner owner) {
        return endpoints.visible(id, owner).orElseThrow(() -> new NotFound("Endpoint", id));
    }
}
