package org.hamkori.groups.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;
import org.hamkori.contract.groups.IssueCategory;
import org.hamkori.contract.groups.IssueStatus;
import org.hamkori.groups.SafetyIssue;

/**
 * A safety issue as the API shows it; the free-text description and outcome are absent for roles that may
 * not read personal data ({@link org.hamkori.kit.security.PersonalData}).
 */
public record IssueView(UUID id, UUID meetingId, LocalDate raisedOn, IssueCategory category,
        @JsonInclude(JsonInclude.Include.NON_NULL) String description,
        IssueStatus status, LocalDate resolvedOn,
        @JsonInclude(JsonInclude.Include.NON_NULL) String outcome) {

    static IssueView of(SafetyIssue i, boolean withPersonalData) {
        return new IssueView(i.id, i.meeting.id, i.meeting.heldOn, i.category,
                withPersonalData ? i.description : null, i.status, i.resolvedOn, withPersonalData ? i.outcome : null);
    }
}
