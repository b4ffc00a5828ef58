package org.hamkori.reporting.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Supplier;
import org.hamkori.reporting.readmodel.ReportInputs;

/**
 * The figures of recent reports, by question and {@link ReportInputs}: a report asked again before anything changed
 * reads only its inputs instead of aggregating the read model again. An applied event or a change of the targets
 * changes the inputs, so no answer outlives what it was computed from; answers to old inputs are simply never asked
 * for again and give way to newer ones. Concurrent askers of the same uncomputed answer wait for one computation.
 */
@ApplicationScoped
public class ReportCache {

    /** Every report with its usual parameters, a few times over. */
    static final int CAPACITY = 256;

    private record Key(List<?> question, ReportInputs inputs) {
    }

    private final Cache<Key, Object> answers = Caffeine.newBuilder().maximumSize(CAPACITY).build();

    /** {@code question} names the report and its parameters (nulls allowed); the figures must not be changed by whoever reads them. */
    @SuppressWarnings("unchecked")
    public <T> T answer(List<?> question, ReportInputs inputs, Supplier<T> figures) {
        return (T) answers.get(new Key(question, inputs), key -> figures.get());
    }
}
