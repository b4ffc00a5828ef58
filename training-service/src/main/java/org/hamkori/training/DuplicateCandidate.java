package org.hamkori.training;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/**
 * Someone a register's row may name again: a registered trainee ({@code traineeId}) or an earlier row of the same
 * register ({@code row}), with how likely it is the same person and whether everything that tells people apart is
 * exactly the same ({@link PersonDetails#isExactly}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DuplicateCandidate(UUID traineeId, Integer row, String fullName, int birthYear, String districtCode,
        double score, boolean exact) {

    /** The trainee as a candidate, not yet {@link #scored}. */
    static DuplicateCandidate registered(RegisteredTrainee trainee) {
        return new DuplicateCandidate(trainee.id(), null, trainee.fullName(), trainee.birthYear(),
                trainee.districtCode(), 0, false);
    }

    /** The earlier row as a candidate, not yet {@link #scored}. */
    static DuplicateCandidate earlierRow(RegisterEntry entry) {
        return new DuplicateCandidate(null, entry.row(), entry.fullName(), entry.birthYear(),
                entry.place().districtCode(), 0, false);
    }

    DuplicateCandidate scored(double score, boolean exact) {
        return new DuplicateCandidate(traineeId, row, fullName, birthYear, districtCode, score, exact);
    }
}
