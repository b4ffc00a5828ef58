package org.hamkori.groups.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamkori.contract.groups.IssueCategory;
import org.hamkori.groups.SafetyIssue;
import org.hamkori.groups.SafetyIssueStatus;

/**
 * A safety issue as the API shows it, with its group's place and its whole follow-up: actions, follow-ups and
 * reopenings. The free text (description, outcome, notes, reasons) is absent for roles that may not read personal
 * data ({@link org.hamkori.kit.security.PersonalData}).
 */
public record IssueView(UUID id, UUID groupId, String groupName, String regionCode, String districtCode,
        UUID meetingId, LocalDate raisedOn, IssueCategory category,
        @JsonInclude(JsonInclude.Include.NON_NULL) String description,
        SafetyIssueStatus status, LocalDate resolvedOn,
        @JsonInclude(JsonInclude.Include.NON_NULL) String outcome,
        boolean overdue, List<ActionView> actions, List<FollowUpView> followUps, List<ReopeningView> reopenings) {

    static IssueView of(SafetyIssue i, boolean withPersonalData) {
        return new IssueView(i.id, i.groupId, i.group.name, i.group.regionCode, i.group.districtCode, i.meeting.id,
                i.raisedOn(), i.category, withPersonalData ? i.description : null, i.status, i.resolvedOn,
                withPersonalData ? i.outcome : null, i.isOverdue(LocalDate.now()),
                i.actions.stream().map(a -> ActionView.of(a, withPersonalData)).toList(),
                i.followUps.stream().map(f -> FollowUpView.of(f, withPersonalData)).toList(),
                i.reopenings.stream().map(r -> ReopeningView.of(r, withPersonalData)).toList());
    }
}
