package org.hamkori.kit.rest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code {"items":[…],"page":0,"size":50,"totalItems":123}} (SPEC §2). */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

    /** The requested page of {@code query}, each entity shown through {@code view}. */
    public static <E, T> Page<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> view) {
        List<T> items = query.page(io.quarkus.panache.common.Page.of(request.page(), request.size())).list().stream()
                .map(view).toList();
        return new Page<>(items, request.page(), request.size(), query.count());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }
}
