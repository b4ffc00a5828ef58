package org.hamkori.reporting.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hamkori.contract.reference.ReferenceData;
import org.hamkori.kit.problem.Problem;
import org.hamkori.kit.problem.ProblemException;
import org.hamkori.kit.rest.Csv;
import org.hamkori.reporting.Dimension;

/**
 * The parameters of the reports grouped by dimensions ({@code /reports/certifications}, {@code /reports/issues}) and
 * their rows as JSON and CSV: the dimensions' values in the order asked for, then the report's figures.
 */
final class GroupedReportQuery {

    private GroupedReportQuery() {
    }

    /** A row: the dimensions' values, then the figures in the order of the report's figure names. */
    record Line(List<String> values, List<?> figures) {
    }

    /**
     * {@code groupBy} may be repeated or comma-separated; every unknown or repeated dimension is named in the 400, as
     * is one the report does not offer.
     */
    static List<Dimension> dimensions(List<String> groupBy, Set<Dimension> offered) {
        Set<Dimension> dimensions = new LinkedHashSet<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String parameter : groupBy == null ? List.<String>of() : groupBy) {
            for (String name : parameter.split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                Dimension dimension = Dimension.byParameter(name.trim(), offered).orElse(null);
                if (dimension == null) {
                    errors.add(new Problem.FieldError("groupBy", "unknown dimension " + name.trim() + "; one of "
                            + Dimension.names(offered)));
                } else if (!dimensions.add(dimension)) {
                    errors.add(new Problem.FieldError("groupBy", "dimension " + name.trim() + " is given twice"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return List.copyOf(dimensions);
    }

    /** Each row as a JSON object: the dimensions by their parameter names, then the figures by theirs. */
    static List<Map<String, Object>> json(List<Dimension> dimensions, List<String> figureNames, List<Line> lines) {
        return lines.stream().map(line -> {
            Map<String, Object> json = new LinkedHashMap<>();
            for (int i = 0; i < dimensions.size(); i++) {
                json.put(dimensions.get(i).parameter(), line.values().get(i));
            }
            for (int i = 0; i < figureNames.size(); i++) {
                json.put(figureNames.get(i), line.figures().get(i));
            }
            return json;
        }).toList();
    }

    /**
     * The rows of {@link #json} as CSV: the dimensions' columns (a name column after a region or district code), then
     * the figures.
     */
    static Csv csv(List<String> groupBy, List<String> figureNames, List<Map<String, Object>> rows, Locale language) {
        List<String> header = new ArrayList<>();
        for (String dimension : groupBy) {
            header.add(dimension);
            if (dimension.equals(Dimension.REGION_CODE.parameter())) {
                header.add("regionName");
            } else if (dimension.equals(Dimension.DISTRICT_CODE.parameter())) {
                header.add("districtName");
            }
        }
        header.addAll(figureNames);
        Csv csv = new Csv(header);
        ReferenceData reference = ReferenceData.get();
        for (Map<String, Object> row : rows) {
            List<Object> cells = new ArrayList<>();
            for (String dimension : groupBy) {
                Object value = row.get(dimension);
                cells.add(value);
                if (dimension.equals(Dimension.REGION_CODE.parameter())) {
                    cells.add(reference.region(String.valueOf(value)).map(r -> r.name().in(language)).orElse(null));
                } else if (dimension.equals(Dimension.DISTRICT_CODE.parameter())) {
                    cells.add(reference.district(String.valueOf(value)).map(d -> d.name().in(language)).orElse(null));
                }
            }
            figureNames.forEach(figure -> cells.add(row.get(figure)));
            csv.row(cells);
        }
        return csv;
    }
}
