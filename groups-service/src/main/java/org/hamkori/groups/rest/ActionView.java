package org.hamkori.groups.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;
import org.hamkori.contract.groups.ResponsibleParty;
import org.hamkori.groups.SafetyIssueAction;

/** An action agreed on a safety issue; its description and completion note only for roles reading personal data. */
public record ActionView(UUID id, UUID issueId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String description,
        ResponsibleParty responsible, LocalDate agreedOn, LocalDate dueOn, LocalDate completedOn,
        @JsonInclude(JsonInclude.Include.NON_NULL) String note,
        boolean overdue) {

    static ActionView of(SafetyIssueAction a, boolean withPersonalData) {
        return new ActionView(a.id, a.issue.id, withPersonalData ? a.description : null, a.responsible, a.agreedOn,
                a.dueOn, a.completedOn, withPersonalData ? a.completionNote : null, a.isOverdue(LocalDate.now()));
    }
}
