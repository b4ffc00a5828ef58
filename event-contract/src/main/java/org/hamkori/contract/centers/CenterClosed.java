package org.hamkori.contract.centers;

import java.time.LocalDate;
import java.util.UUID;
import org.hamkori.contract.DomainEvent;

/**
 * {@code reason} is the name of a {@link ClosureReason}; it stays a string because events recorded before the codes
 * carry free text there, and a consumer must still read them.
 */
public record CenterClosed(UUID centerId, LocalDate closedOn, String reason) implements DomainEvent {
    @Override
    public UUID subjectId() {
        return centerId;
    }
}
