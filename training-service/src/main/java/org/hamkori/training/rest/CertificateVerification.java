package org.hamkori.training.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.hamkori.training.service.CertificateService.CertificateCheck;

/**
 * What anyone may learn of a certificate from its number (SPEC §6): no part of the holder's name, since the number is
 * on the partners' event feed beside the pseudonymous trainee. {@code holderMatches} answers whether a name given with
 * the check is the holder's; it is absent when none was given.
 */
public record CertificateVerification(String number, boolean valid, String courseCode, String courseTitle,
        LocalDate issuedOn, @JsonInclude(JsonInclude.Include.NON_NULL) Boolean holderMatches,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate revokedOn) {

    static CertificateVerification of(CertificateCheck check) {
        var c = check.certificate();
        return new CertificateVerification(c.number, c.isValid(), c.courseCode, check.course().title, c.issuedOn,
                check.holderMatches(), c.revokedOn);
    }
}
