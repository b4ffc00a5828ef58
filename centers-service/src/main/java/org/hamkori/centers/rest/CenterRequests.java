package org.hamkori.centers.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamkori.centers.CenterDetails;
import org.hamkori.contract.centers.ClosureReason;
import org.hamkori.contract.centers.ConstructionType;
import org.hamkori.kit.rest.CodedReason;
import org.hamkori.kit.reference.Places;
import org.hamkori.kit.validation.PartnerCode;

/** Request bodies of centers-service. Coordinates must lie within Tajikistan's bounding box. */
public final class CenterRequests {

    private CenterRequests() {
    }

    public record CenterForm(
            @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{1,31}", message = "must be 2–32 upper-case letters, digits, '-' or '_'") String code,
            @NotBlank @Size(max = 200) String name,
            String regionCode,
            @NotBlank String districtCode,
            @Size(max = 200) String settlement,
            @Size(max = 500) String address,
            @DecimalMin(value = "36.6", message = "must lie within Tajikistan (36.6–41.1)")
            @DecimalMax(value = "41.1", message = "must lie within Tajikistan (36.6–41.1)") BigDecimal latitude,
            @DecimalMin(value = "67.3", message = "must lie within Tajikistan (67.3–75.2)")
            @DecimalMax(value = "75.2", message = "must lie within Tajikistan (67.3–75.2)") BigDecimal longitude,
            @NotNull ConstructionType constructionType,
            @Size(max = 20) List<@NotNull @PartnerCode String> fundingPartners,
            @NotNull @PositiveOrZero @Max(10_000) Integer workplaces) {

        CenterDetails toDetails() {
            return new CenterDetails(code, name.trim(), Places.resolve(regionCode, districtCode), settlement, address,
                    latitude, longitude, constructionType, fundingPartners == null ? List.of() : fundingPartners,
                    workplaces);
        }
    }

    public record Opening(@NotNull @PastOrPresent LocalDate openedOn) {
    }

    public record RenovationStart(@NotNull @PastOrPresent LocalDate startedOn) {
    }

    public record RenovationCompletion(@NotNull @PastOrPresent LocalDate completedOn,
            @Size(max = 20) List<@NotNull @PartnerCode String> fundingPartners) {
    }

    /**
     * The reason's code is published with the closure; the note stays in this service. The former shape, free text
     * as {@code reason} and no code, is still accepted: it closes for reason OTHER with that text as the note.
     */
    public record Closure(@NotNull @PastOrPresent LocalDate closedOn, ClosureReason reasonCode,
            @Size(max = 500) String note,
            @Schema(deprecated = true, description = "Former shape: free text, kept as the note of a closure for reason OTHER")
            @Size(max = 500) String reason) {

        ClosureReason reasonCodeOrOther() {
            return CodedReason.codeOrOther(reasonCode, reason, ClosureReason.OTHER);
        }

        String noteOrFormerReason() {
            return CodedReason.noteOrFormerReason(note, reason);
        }
    }
}
