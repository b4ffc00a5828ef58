package org.hamkori.reporting;

import java.util.Arrays;
import java.util.Map;

/** A value for every {@link Indicator}; every figure is a count, so figures of places add up to their region and overall. */
public final class Figures {

    public static final Figures NONE = new Figures(new long[Indicator.values().length]);

    private final long[] values;

    private Figures(long[] values) {
        this.values = values;
    }

    public static Figures of(Map<Indicator, Long> values) {
        long[] vector = new long[Indicator.values().length];
        values.forEach((indicator, value) -> vector[indicator.ordinal()] = value);
        return new Figures(vector);
    }

    public long get(Indicator indicator) {
        return values[indicator.ordinal()];
    }

    public Figures plus(Figures other) {
        long[] sum = values.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += other.values[i];
        }
        return new Figures(sum);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Figures figures && Arrays.equals(values, figures.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
