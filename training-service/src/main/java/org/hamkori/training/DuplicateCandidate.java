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

    static DuplicateCandidate registered(Trainee trainee, double score, boolean exact) {
        return new DuplicateCandidate(trainee.id, null, trainee.fullName, trainee.birthYear, trainee.districtCode, score,
                exact);
    }

    static DuplicateCandidate earlierRow(RegisterEntry entry, double score, boolean exact) {
        return new DuplicateCandidate(null, entry.row(), entry.fullName(), entry.birthYear(),
                entry.place().districtCode(), score, exact);
    }
}
