package org.hamkori.reporting.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hamkori.kit.problem.ProblemException;

/**
 * Whose figures the caller reads partner by partner (SPEC §7): a caller with a role of
 * {@code hamkori.access.every-partner} reads every partner's; any other (a {@code partner}) reads its own
 * organisation's, which its token's {@code partner_code} claim names (none without the claim), and the programme's
 * totals.
 */
@RequestScoped
public class PartnerScope {

    static final String PARTNER_CODE_CLAIM = "partner_code";

    @Inject
    SecurityIdentity identity;

    @ConfigProperty(name = "hamkori.access.every-partner")
    List<String> readingEveryPartner;

    @Inject
    JsonWebToken token;

    /** Whether the caller reads only its own organisation's figures. */
    boolean limited() {
        return readingEveryPartner.stream().noneMatch(identity::hasRole);
    }

    /** The caller's own organisation, for a limited caller whose token names one. */
    Optional<String> ownPartner() {
        Object claim = token.getClaim(PARTNER_CODE_CLAIM);
        String code = claim instanceof JsonString text ? text.getString() : claim == null ? null : claim.toString();
        return Optional.ofNullable(code).filter(c -> FilterParams.PARTNER_CODE.matcher(c).matches());
    }

    boolean mayRead(String partnerCode) {
        return !limited() || ownPartner().filter(partnerCode::equals).isPresent();
    }

    /** A limited caller asking for another organisation's figures is refused, naming its own. */
    void requireMayRead(String partnerCode) {
        if (partnerCode != null && !mayRead(partnerCode)) {
            throw new ProblemException(403, "outside-partner", "Another partner's figures", "A partner reads its own"
                    + " organisation's figures and the programme's totals; "
                    + ownPartner().map(own -> "your token's " + PARTNER_CODE_CLAIM + " is " + own)
                            .orElse("your token names no " + PARTNER_CODE_CLAIM)
                    + ", not " + partnerCode, List.of());
        }
    }
}
