package org.hamkori.webhooks.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hamkori.webhooks.Endpoint;
import org.hamkori.webhooks.Owner;

/**
 * Endpoints, and the health the delivery worker records on them. Health is written by statements of its own, outside
 * the endpoint's version: concurrent attempts must not conflict with each other nor with the owner's edits; only
 * disabling an endpoint, which its owner sees, moves the version.
 */
@ApplicationScoped
public class EndpointRepository implements PanacheRepositoryBase<Endpoint, UUID> {

    public PanacheQuery<Endpoint> search(Owner owner) {
        Sort order = Sort.by("createdAt").and("id");
        return owner.all() ? findAll(order) : find("partnerCode", order, owner.partnerCode());
    }

    public Optional<Endpoint> visible(UUID id, Owner owner) {
        return findByIdOptional(id).filter(endpoint -> endpoint.visibleTo(owner));
    }

    public List<Endpoint> enabled() {
        return list("enabled", true);
    }

    public void succeeded(UUID id, Instant at) {
        getEntityManager().createNativeQuery("""
                UPDATE endpoint SET failing_since = NULL,
                    last_success_at = GREATEST(COALESCE(last_success_at, :at), :at)
                WHERE id = :id
                """).setParameter("id", id).setParameter("at", at).executeUpdate();
    }

    /** Records a failed attempt; returns since when the endpoint has failed every attempt. */
    public Optional<Instant> failed(UUID id, Instant at) {
        @SuppressWarnings("unchecked")
        List<Instant> since = getEntityManager().createNativeQuery("""
                UPDATE endpoint SET failing_since = COALESCE(failing_since, :at) WHERE id = :id
                RETURNING failing_since
                """, Instant.class).setParameter("id", id).setParameter("at", at).getResultList();
        return since.stream().findFirst();
    }

    public void disable(UUID id, String reason, Instant at) {
        getEntityManager().createNativeQuery("""
                UPDATE endpoint SET enabled = false, disabled_reason = :reason, disabled_at = :at, version = version + 1
                WHERE id = :id AND enabled
                """).setParameter("id", id).setParameter("reason", reason).setParameter("at", at).executeUpdate();
    }

    public void deliveryFailed(UUID id) {
        getEntityManager().createNativeQuery("UPDATE endpoint SET failed_deliveries = failed_deliveries + 1 WHERE id = :id")
                .setParameter("id", id).executeUpdate();
    }
}
