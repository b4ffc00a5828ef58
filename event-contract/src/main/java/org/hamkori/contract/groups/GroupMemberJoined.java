package org.hamkori.contract.groups;

import java.time.LocalDate;
import java.util.UUID;
import org.hamkori.contract.DomainEvent;
import org.hamkori.contract.Sex;

/** Carries no personal data: the member is a pseudonymous id with role and sex. */
public record GroupMemberJoined(UUID groupId, UUID memberId, MemberRole role, Sex sex, LocalDate joinedOn)
        implements DomainEvent {
    @Override
    public UUID subjectId() {
        return groupId;
    }
}
