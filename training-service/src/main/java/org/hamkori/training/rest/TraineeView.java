package org.hamkori.training.rest;

import java.util.UUID;
import org.hamkori.contract.Sex;
import org.hamkori.contract.training.TraineeCategory;
import org.hamkori.training.Trainee;

/** A trainee with their personal data: served only to trainers and admins. */
public record TraineeView(UUID id, String fullName, Sex sex, int birthYear, TraineeCategory category,
        String regionCode, String districtCode, String phone, long version) {

    static TraineeView of(Trainee t) {
        return new TraineeView(t.id, t.fullName, t.sex, t.birthYear, t.category, t.regionCode, t.districtCode, t.phone,
                t.version);
    }
}
