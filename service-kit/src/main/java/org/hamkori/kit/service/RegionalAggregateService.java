package org.hamkori.kit.service;

import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.hamkori.kit.audit.AuditEntry;
import org.hamkori.kit.audit.AuditTrail;
import org.hamkori.kit.domain.VersionedAggregate;
import org.hamkori.kit.rest.Page;
import org.hamkori.kit.rest.PageRequest;
import org.hamkori.kit.security.RegionScope;

/**
 * What the use cases of every aggregate that lies in a region answer alike, once the aggregate is found the service's
 * own way ({@link #get}): its audited history, a recorded read of its personal data, and the regions the caller's
 * lists are limited to.
 */
public abstract class RegionalAggregateService<A extends VersionedAggregate> {

    @Inject
    protected RegionScope scope;

    @Inject
    protected AuditTrail audit;

    /** The aggregate, when the caller's regions include it. */
    public abstract A get(UUID id);

    /** Who changed the aggregate (and its parts) and how, newest first. */
    public Page<AuditEntry> history(UUID id, PageRequest page) {
        return audit.history(get(id), page);
    }

    /** A read that shows the aggregate's personal data is recorded. */
    public void personalDataRead(A aggregate) {
        audit.personalDataRead(aggregate);
    }

    /** The regions the caller's lists are limited to, or null for every region. */
    public Set<String> listedRegions() {
        return scope.limitedTo().orElse(null);
    }
}
