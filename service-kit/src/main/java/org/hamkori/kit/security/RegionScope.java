package org.hamkori.kit.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hamkori.kit.problem.ProblemException;

/**
 * SPEC §2, regions as a scope: a caller whose token carries a {@code regions} claim and who acts in a region-scoped
 * role ({@code hamkori.access.region-scoped}: coordinator and trainer) reaches only records in those regions — a read
 * or write of one elsewhere is a 403 naming its region, and lists hold only those regions' records. Without the
 * claim a caller reaches every region; admin is never limited, and neither are roles outside the scoped ones
 * (an analyst) unless the caller also holds a scoped role.
 */
@RequestScoped
public class RegionScope {

    @Inject
    Caller caller;

    @Inject
    AccessConfig access;

    /** Read once per request. */
    private Optional<Set<String>> regions;

    /** The regions the caller is limited to; empty when the caller reaches every region. */
    public Optional<Set<String>> limitedTo() {
        if (regions == null) {
            regions = limit(caller.roles(), access.regionScoped(), caller.regionsClaim());
        }
        return regions;
    }

    /** Refuses with a 403 naming the region when {@code what} (e.g. "Centre T-1") lies outside the caller's regions. */
    public void requireAccess(String what, String regionCode) {
        limitedTo().filter(regions -> !regions.contains(regionCode)).ifPresent(regions -> {
            throw ProblemException.outsideRegions(what, regionCode, regions);
        });
    }

    static Optional<Set<String>> limit(Set<String> roles, List<String> scopedRoles, Optional<Set<String>> claim) {
        if (claim.isEmpty() || roles.contains(Roles.ADMIN) || roles.stream().noneMatch(scopedRoles::contains)) {
            return Optional.empty();
        }
        return Optional.of(new TreeSet<>(claim.get()));
    }
}
