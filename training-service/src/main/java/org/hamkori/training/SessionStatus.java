package org.hamkori.training;

/** CANCELLED is part of the contract's vocabulary; no use case leads there yet (the catalogue has no event for it). */
public enum SessionStatus { SCHEDULED, COMPLETED, CANCELLED }
