package org.hamkori.training;

import java.util.UUID;

/**
 * A trainer's decision about a possible duplicate; a MERGE goes into the candidate trainee {@code traineeId} or the
 * earlier row {@code intoRow} named, else into the most likely candidate.
 */
public record RowDecision(int row, DuplicateDecision decision, UUID traineeId, Integer intoRow) {
}
