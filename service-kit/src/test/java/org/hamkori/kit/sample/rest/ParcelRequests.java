package org.hamkori.kit.sample.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.hamkori.kit.sample.Parcel;

/** The bodies the parcel endpoints take and give. */
final class ParcelRequests {

    private ParcelRequests() {
    }

    /** The weight is the aggregate's to refuse (a domain refusal, not a bean constraint). */
    record ParcelForm(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 200) String label,
            @NotNull Integer weightGrams) {
    }

    record Relabelling(@NotBlank @Size(max = 200) String label) {
    }

    record ParcelView(UUID id, String code, String label, int weightGrams) {

        static ParcelView of(Parcel parcel) {
            return new ParcelView(parcel.id, parcel.code, parcel.label, parcel.weightGrams);
        }
    }
}
