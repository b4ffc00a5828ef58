package org.hamkori.training;

/**
 * What to do with a possible duplicate on commit: KEEP registers a new trainee, MERGE takes the candidate trainee
 * (enrolling them when the import is for a session), SKIP leaves the row out.
 */
public enum DuplicateDecision { KEEP, MERGE, SKIP }
