package org.hamkori.webhooks.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.hamkori.webhooks.repository.DeliveryRepository;
import org.hamkori.webhooks.repository.EndpointRepository;

/**
 * Endpoints' use cases. A new URL is validated (a signed ping, or the handshake) before it is stored, outside any
 * transaction: no database connection waits for a partner's server. A secret is shown once, when it is made.
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

    /** An endpoint and its backlog (none when nothing waits). */
    public record Listed(Endpoint endpoint, Backlog backlog) {
    }

    /** An endpoint and the secret it signs with, shown only at its creation and its rotation. */
    public record WithSecret(Endpoint endpoint, SigningSecret secret) {
    }

    public WithSecret register(String partnerCode, EndpointSettings settings) {
        settings.validated(config.allowPrivateAddresses());
        SigningSecret secret = SigningSecret.generate();
        Endpoint endpoint = Endpoint.register(partnerCode, settings, secrets.seal(secret), Instant.now());
        validation.requireAccepted(endpoint.id, settings.url(), List.of(secret));
        QuarkusTransaction.requiringNew().run(() -> endpoints.persist(endpoint));
        return new WithSecret(endpoint, secret);
    }

    public Endpoint get(UUID id, Owner owner) {
        return QuarkusTransaction.requiringNew().call(() -> visible(id, owner));
    }

    /** The owner's endpoints, with how many deliveries each has waiting. */
    public Page<Listed> list(Owner owner, PageRequest page) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<UUID, Backlog> backlogs = deliveries.backlogs();
            return Page.of(endpoints.search(owner), page, e -> new Listed(e, backlogs.get(e.id)));
        });
    }

    public Listed show(UUID id, Owner owner) {
        return QuarkusTransaction.requiringNew().call(() -> new Listed(visible(id, owner),
                deliveries.backlogs().get(id)));
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
            if (Boolean.TRUE.equals(enabled) && !endpoint.enabled) {
                endpoint.enable();
            } else if (Boolean.FALSE.equals(enabled)) {
                endpoint.disable("disabled by its owner", Instant.now());
            }
            endpoints.flush();
            return endpoint;
        });
        worker.wake();
        return changed;
    }

    /** Deletes the endpoint with its delivery log; nothing more is delivered to it. */
    public void delete(UUID id, Owner owner, ExpectedVersion expected) {
        QuarkusTransaction.requiringNew().run(() -> {
            Endpoint endpoint = visible(id, owner);
            expected.check(endpoint.version);
            endpoints.delete(endpoint);
        });
    }

    /** A new secret signs from now on; the old one signs beside it for the configured overlap. */
    public WithSecret rotateSecret(UUID id, Owner owner) {
        SigningSecret secret = SigningSecret.generate();
        Endpoint endpoint = QuarkusTransaction.requiringNew().call(() -> {
            Endpoint current = visible(id, owner);
            current.rotateSecret(secrets.seal(secret), Instant.now(), config.secretOverlap());
            endpoints.flush();
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
