package org.hamkori.webhooks.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hamkori.kit.problem.ProblemException;
import org.hamkori.kit.security.Roles;
import org.hamkori.webhooks.Owner;

/**
 * Whose endpoints the caller manages (SPEC §12): admin's are everyone's; a partner's are those of the organisation
 * its token's {@code partner_code} claim names. A partner token without that claim manages none.
 */
@RequestScoped
public class Caller {

    static final String PARTNER_CODE_CLAIM = "partner_code";
    private static final String PARTNER_CODE = "[A-Z][A-Z0-9_]{1,31}";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public Owner owner() {
        if (identity.hasRole(Roles.ADMIN)) {
            return Owner.everyone();
        }
        Object claim = token.getClaim(PARTNER_CODE_CLAIM);
        String code = claim == null ? null : claim.toString().replace("\"", "");
        if (code == null || !code.matches(PARTNER_CODE)) {
            throw new ProblemException(403, "forbidden", "Forbidden", "A partner manages the endpoints of its"
                    + " organisation, which the token's " + PARTNER_CODE_CLAIM + " claim names; this token has"
                    + (code == null ? " no such claim" : " an invalid one"), List.of());
        }
        return Owner.partner(code);
    }

    /** The partner a new endpoint belongs to: the caller's own; admin names it (or none: the programme's own). */
    public String partnerOfNewEndpoint(String requested) {
        Owner owner = owner();
        if (owner.all()) {
            return requested;
        }
        if (requested != null && !requested.equals(owner.partnerCode())) {
            throw new ProblemException(403, "forbidden", "Forbidden", "A partner registers endpoints for its own"
                    + " organisation (" + owner.partnerCode() + "), not for " + requested, List.of());
        }
        return owner.partnerCode();
    }
}
