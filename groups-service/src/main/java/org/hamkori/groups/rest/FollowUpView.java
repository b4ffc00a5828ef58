package org.hamkori.groups.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;
import org.hamkori.groups.SafetyIssueFollowUp;

/** A follow-up of a safety issue; its note only for roles reading personal data. */
public record FollowUpView(UUID id, UUID issueId, LocalDate heldOn,
        @JsonInclude(JsonInclude.Include.NON_NULL) String note) {

    static FollowUpView of(SafetyIssueFollowUp f, boolean withPersonalData) {
        return new FollowUpView(f.id, f.issue.id, f.heldOn, withPersonalData ? f.note : null);
    }
}
