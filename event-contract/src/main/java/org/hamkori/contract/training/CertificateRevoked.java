package org.hamkori.contract.training;

import java.time.LocalDate;
import java.util.UUID;
import org.hamkori.contract.DomainEvent;

public record CertificateRevoked(UUID certificateId, String certificateNumber, UUID traineeId, LocalDate revokedOn,
        String reason) implements DomainEvent {
    @Override
    public UUID subjectId() {
        return certificateId;
    }
}
