package org.hamkori.kit.retention;

import java.time.Duration;

/**
 * Rows of a service's own that are only kept for a while: a bean of this type is pruned by {@link Retention}'s job
 * beside the kit's own rows, in the same batches and with the same care for other replicas.
 */
public interface RetainedRows {

    /** What the rows are, as the job's log names them ({@code delivered webhook deliveries}). */
    String what();

    /** Age after which a row is deleted. */
    Duration age();

    /**
     * A statement deleting at most {@code :limit} rows older than {@code :cutoff}, in their order of age, skipping
     * those another transaction holds ({@code FOR UPDATE SKIP LOCKED}).
     */
    String delete();
}
