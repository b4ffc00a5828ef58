package org.hamkori.groups.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.hamkori.groups.SafetyIssueReopening;
import org.hamkori.groups.SafetyIssueStatus;

/** A reopening and the resolution it undid; the reason and that outcome only for roles reading personal data. */
public record ReopeningView(LocalDate reopenedOn,
        @JsonInclude(JsonInclude.Include.NON_NULL) String reason,
        SafetyIssueStatus previousStatus, LocalDate previousResolvedOn,
        @JsonInclude(JsonInclude.Include.NON_NULL) String previousOutcome) {

    static ReopeningView of(SafetyIssueReopening r, boolean withPersonalData) {
        return new ReopeningView(r.reopenedOn, withPersonalData ? r.reason : null, r.previousStatus,
                r.previousResolvedOn, withPersonalData ? r.previousOutcome : null);
    }
}
