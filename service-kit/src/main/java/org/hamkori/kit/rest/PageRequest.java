package org.hamkori.kit.rest;

import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import org.hamkori.kit.problem.Problem;
import org.hamkori.kit.problem.ProblemException;

/**
 * {@code ?page=&size=}, read as text so that a non-number is a 400 naming the parameter rather than
 * the 404 JAX-RS gives for unconvertible query parameters. The page's first row, page × size, must be
 * a row number the database can skip to (below 2³¹); a page beyond the last row but within that is empty.
 */
public class PageRequest {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    @QueryParam("page")
    String page;

    @QueryParam("size")
    String size;

    public int page() {
        int sizeOrDefault;
        try {
            sizeOrDefault = size();
        } catch (ProblemException badSize) {
            sizeOrDefault = DEFAULT_SIZE; // reported as the size's own error
        }
        return parse("page", page, 0, 0, Integer.MAX_VALUE / sizeOrDefault - 1);
    }

    public int size() {
        return parse("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
    }

    /** Validates both parameters at once so that the problem lists every bad one. */
    public PageRequest validated() {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (Runnable check : List.<Runnable>of(this::page, this::size)) {
            try {
                check.run();
            } catch (ProblemException e) {
                errors.addAll(e.problem().errors());
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return this;
    }

    private static int parse(String name, String value, int defaultValue, int min, int max) {
        Integer number = QueryParams.wholeNumber(name, value, min, max, "must be between " + min + " and " + max,
                "must be a whole number");
        return number == null ? defaultValue : number;
    }
}
