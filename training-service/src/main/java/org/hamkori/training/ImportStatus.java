package org.hamkori.training;

/** An import is VALIDATED once its register was read; COMMITTING while its rows are applied batch by batch. */
public enum ImportStatus { VALIDATED, COMMITTING, COMMITTED }
