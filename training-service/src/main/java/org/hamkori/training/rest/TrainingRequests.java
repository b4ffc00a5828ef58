package org.hamkori.training.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamkori.contract.Sex;
import org.hamkori.contract.training.RevocationReason;
import org.hamkori.contract.training.TraineeCategory;
import org.hamkori.contract.training.TrainingTopic;
import org.hamkori.kit.problem.Problem;
import org.hamkori.kit.problem.ProblemException;
import org.hamkori.kit.rest.CodedReason;
import org.hamkori.kit.reference.Place;
import org.hamkori.kit.reference.Places;
import org.hamkori.training.ResultLine;
import org.hamkori.training.SessionPlan;
import org.hamkori.kit.validation.PartnerCode;

/** Request bodies of training-service. */
public final class TrainingRequests {

    static final String CODE = "[A-Z0-9][A-Z0-9_-]{1,31}";
    static final String CODE_MESSAGE = "must be 2–32 upper-case letters, digits, '-' or '_'";
    static final String HOURS_MESSAGE = "must be a number of hours with at most two decimals";
    static final String SCORE_MESSAGE = "must be a score with at most two decimals";

    private TrainingRequests() {
    }

    public record CourseForm(
            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
            @NotBlank @Size(max = 200) String title,
            @NotEmpty @Size(max = 10) List<@NotNull TrainingTopic> topics,
            @NotNull @Min(1) @Max(1000) Integer hours,
            @NotNull @Min(0) @Max(100) Integer passMark) {
    }

    public record SessionForm(
            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) String courseCode,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn,
            UUID centerId,
            String regionCode,
            String districtCode,
            @Size(max = 300) String venue,
            @PartnerCode String partnerCode,
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) String> trainers,
            @NotNull @Min(1) @Max(1000) Integer capacity) {

        /** Checks what Bean Validation cannot, listing every problem at once. */
        SessionPlan toPlan() {
            List<Problem.FieldError> errors = new ArrayList<>();
            if (endsOn.isBefore(startsOn)) {
                errors.add(new Problem.FieldError("endsOn", "must not be before startsOn " + startsOn));
            }
            Place place = null;
            try {
                place = namedPlace();
            } catch (ProblemException e) {
                errors.addAll(e.problem().errors());
            }
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            return new SessionPlan(courseCode, startsOn, endsOn, centerId, place, blankToNull(venue), partnerCode,
                    trainers.stream().map(String::trim).toList(), capacity);
        }

        /** Away from a centre the district is required; at a centre, whatever is named must match the centre. */
        private Place namedPlace() {
            String region = blankToNull(regionCode);
            String district = blankToNull(districtCode);
            if (district != null) {
                return Places.resolve(region, district);
            }
            if (centerId == null) {
                throw ProblemException.invalidField("districtCode",
                        "is required when the session is not held at a centre (centerId)");
            }
            if (region != null) {
                Places.requireRegion("regionCode", region);
                return new Place(region, null);
            }
            return null;
        }
    }

    public record TraineeForm(
            @NotBlank @Size(max = 200) String fullName,
            @NotNull Sex sex,
            @NotNull @PlausibleBirthYear Integer birthYear,
            @NotNull TraineeCategory category,
            String regionCode,
            @NotBlank String districtCode,
            @Pattern(regexp = "\\+?[0-9][0-9 ()-]{5,24}", message = "must be a phone number such as +992 93 123 4567")
            String phone) {

        Place place() {
            return Places.resolve(blankToNull(regionCode), districtCode);
        }
    }

    public record EnrollmentForm(@NotNull UUID traineeId) {
    }

    public record ResultEntry(
            @NotNull UUID traineeId,
            @NotNull @DecimalMin("0") @Digits(integer = 4, fraction = 2, message = HOURS_MESSAGE) BigDecimal attendedHours,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2, message = SCORE_MESSAGE)
            BigDecimal score) {
    }

    /** {@code completedOn} defaults to today. */
    public record ResultsForm(@PastOrPresent LocalDate completedOn, @NotEmpty List<@NotNull @Valid ResultEntry> results) {

        List<ResultLine> lines() {
            return IntStream.range(0, results.size())
                    .mapToObj(i -> ResultLine.readable("results[" + i + "]", results.get(i).traineeId(),
                            results.get(i).attendedHours(), results.get(i).score()))
                    .toList();
        }
    }

    /**
     * {@code revokedOn} defaults to today. The reason's code is published with the revocation; the note stays in this
     * service. The former shape, free text as {@code reason} and no code, is still accepted: it revokes for reason
     * OTHER with that text as the note.
     */
    public record Revocation(RevocationReason reasonCode, @Size(max = 1000) String note,
            @Schema(deprecated = true, description = "Former shape: free text, kept as the note of a revocation for reason OTHER")
            @Size(max = 1000) String reason,
            @PastOrPresent LocalDate revokedOn) {

        RevocationReason reasonCodeOrOther() {
            return CodedReason.codeOrOther(reasonCode, reason, RevocationReason.OTHER);
        }

        String noteOrFormerReason() {
            return CodedReason.noteOrFormerReason(note, reason);
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
