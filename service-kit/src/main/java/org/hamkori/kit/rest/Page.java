package org.hamkori.kit.rest;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code {"items":[…],"page":0,"size":50,"totalItems":123}} (SPEC §2). */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }
}
