package org.hamkori.kit.failure;

/** Marks a failure that no retry can pass, wherever it is in a cause chain ({@link ConsumptionFailures}). */
public interface PermanentFailure {
}
