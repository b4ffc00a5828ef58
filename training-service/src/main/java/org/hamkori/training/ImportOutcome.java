package org.hamkori.training;

/**
 * What a commit did with a row: CREATED a trainee (and enrolled them), MERGED it into a trainee already there,
 * SKIPPED it (a duplicate), REJECTED it (invalid) or FAILED to apply it (its enrolment was refused: nothing was kept).
 */
public enum ImportOutcome { CREATED, MERGED, SKIPPED, REJECTED, FAILED }
