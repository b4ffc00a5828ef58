package org.hamkori.contract.centers;

/**
 * Why a centre closed, as {@link CenterClosed#reason()} carries it. What the closure's free-text note says stays
 * in centers-service: it may name people.
 */
public enum ClosureReason { MERGED, RELOCATED, NO_FUNDING, BUILDING_UNSAFE, OTHER }
