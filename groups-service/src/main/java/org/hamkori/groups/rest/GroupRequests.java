package org.hamkori.groups.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamkori.contract.Sex;
import org.hamkori.contract.groups.IssueCategory;
import org.hamkori.contract.groups.IssueStatus;
import org.hamkori.contract.groups.MeetingParticipants;
import org.hamkori.contract.groups.MemberRole;
import org.hamkori.contract.groups.ResponsibleParty;
import org.hamkori.groups.ActionPlan;
import org.hamkori.groups.IssueReport;
import org.hamkori.groups.MemberDetails;
import org.hamkori.kit.problem.ProblemException;
import org.hamkori.kit.validation.PartnerCode;

/**
 * Request bodies of groups-service. Rules on one request alone are 400s naming the field; rules against
 * the group's state (dates before its formation, a dissolved group) are the aggregate's 409s.
 */
public final class GroupRequests {

    static final String PHONE = "\\+?[0-9][0-9 ()-]{4,30}";
    static final String PHONE_MESSAGE = "must be a phone number such as +992 93 123 4567";

    private GroupRequests() {
    }

    public record GroupForm(
            @NotBlank @Size(max = 200) String name,
            @NotNull UUID centerId,
            @NotNull @PastOrPresent LocalDate formedOn,
            @PartnerCode String facilitatingPartner) {
    }

    public record MemberForm(
            @NotBlank @Size(max = 200) String fullName,
            @NotNull Sex sex,
            @NotNull MemberRole role,
            @Size(max = 100) String rank,
            @Size(max = 200) String affiliation,
            @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone,
            @NotNull @PastOrPresent LocalDate joinedOn) {

        /** A rank is a police officer's; a community representative's position goes in {@code affiliation}. */
        MemberDetails toDetails() {
            String givenRank = optional(rank);
            if (givenRank != null && role != MemberRole.POLICE_OFFICER) {
                throw ProblemException.invalidField("rank", "only a POLICE_OFFICER has a rank");
            }
            return new MemberDetails(fullName.trim(), sex, role, givenRank, optional(affiliation), optional(phone),
                    joinedOn);
        }
    }

    public record Departure(@NotNull @PastOrPresent LocalDate leftOn) {
    }

    public record Participants(
            @NotNull @PositiveOrZero @Max(10_000) Integer female,
            @NotNull @PositiveOrZero @Max(10_000) Integer male,
            @NotNull @PositiveOrZero @Max(10_000) Integer police,
            @NotNull @PositiveOrZero @Max(10_000) Integer community) {

        /** Everyone is counted once by sex and once by side: both sums are the number of participants. */
        MeetingParticipants toParticipants() {
            if (female + male != police + community) {
                throw ProblemException.invalidField("participants", "female + male (" + (female + male)
                        + ") must equal police + community (" + (police + community) + ")");
            }
            if (female + male == 0) {
                throw ProblemException.invalidField("participants", "a meeting has at least one participant");
            }
            return new MeetingParticipants(female, male, police, community);
        }
    }

    public record IssueForm(@NotNull IssueCategory category, @NotBlank @Size(max = 2000) String description) {

        IssueReport toReport() {
            return new IssueReport(category, description.trim());
        }
    }

    public record MeetingForm(
            @NotNull @PastOrPresent LocalDate heldOn,
            @NotNull @Valid Participants participants,
            @Size(max = 50) List<@NotNull @Valid IssueForm> issuesRaised) {

        List<IssueReport> issueReports() {
            return issuesRaised == null ? List.of() : issuesRaised.stream().map(IssueForm::toReport).toList();
        }
    }

    public record Resolution(
            @NotNull @PastOrPresent LocalDate resolvedOn,
            @NotBlank @Size(max = 2000) String outcome,
            @NotNull IssueStatus status) {

        IssueStatus closingStatus() {
            if (status == IssueStatus.OPEN) {
                throw ProblemException.invalidField("status", "must be RESOLVED or REFERRED");
            }
            return status;
        }
    }

    /** {@code agreedOn} is today when not given. */
    public record ActionForm(
            @NotBlank @Size(max = 2000) String description,
            @NotNull ResponsibleParty responsible,
            @PastOrPresent LocalDate agreedOn,
            @NotNull LocalDate dueOn) {

        ActionPlan toPlan() {
            LocalDate agreed = agreedOn == null ? LocalDate.now() : agreedOn;
            if (dueOn.isBefore(agreed)) {
                throw ProblemException.invalidField("dueOn", "must not be before the day the action is agreed, "
                        + agreed);
            }
            return new ActionPlan(description.trim(), responsible, agreed, dueOn);
        }
    }

    public record ActionCompletion(@NotNull @PastOrPresent LocalDate completedOn, @Size(max = 2000) String note) {

        String givenNote() {
            return optional(note);
        }
    }

    public record FollowUpForm(@NotNull @PastOrPresent LocalDate heldOn, @NotBlank @Size(max = 2000) String note) {
    }

    public record Reopening(@NotNull @PastOrPresent LocalDate reopenedOn, @NotBlank @Size(max = 2000) String reason) {
    }

    public record Dissolution(@NotNull @PastOrPresent LocalDate dissolvedOn) {
    }

    private static String optional(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
