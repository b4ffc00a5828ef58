package org.hamkori.training.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.hamkori.training.service.CertificateService.IssuedCertificate;

/** What anyone may learn of a certificate from its number: no personal data beyond the holder's initials. */
public record CertificateVerification(String number, boolean valid, String courseCode, String courseTitle,
        LocalDate issuedOn, String holderInitials, @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate revokedOn) {

    static CertificateVerification of(IssuedCertificate issued) {
        var c = issued.certificate();
        return new CertificateVerification(c.number, c.isValid(), c.courseCode, issued.course().title, c.issuedOn,
                issued.holder().initials(), c.revokedOn);
    }
}
