package org.hamkori.bench;

import java.util.Arrays;

final class Percentiles {

    private Percentiles() {
    }

    /** Nearest-rank percentile of durations in nanoseconds, in milliseconds. */
    static double ms(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
