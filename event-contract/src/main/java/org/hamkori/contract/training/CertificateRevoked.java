package org.hamkori.contract.training;

import java.time.LocalDate;
import java.util.UUID;
import org.hamkori.contract.DomainEvent;

/**
 * {@code reason} is the name of a {@link RevocationReason}; it stays a string because events recorded before the
 * codes carry free text there, and a consumer must still read them.
 */
public record CertificateRevoked(UUID certificateId, String certificateNumber, UUID traineeId, LocalDate revokedOn,
        String reason) implements DomainEvent {
    @Override
    public UUID subjectId() {
        return certificateId;
    }
}
