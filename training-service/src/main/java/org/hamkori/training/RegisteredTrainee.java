package org.hamkori.training;

import java.util.UUID;

/**
 * A registered trainee as far as a register's rows may duplicate them: read by a narrow query rather than as a
 * {@link Trainee}, since a register is compared with every trainee born in its years.
 */
public record RegisteredTrainee(UUID id, String fullName, String nameKey, int birthYear, String districtCode) {

    /** What tells this trainee from other people: name key, birth year and district. */
    PersonDetails details() {
        return new PersonDetails(NameKey.fromText(nameKey), birthYear, districtCode);
    }
}
