package org.hamkori.reporting.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hamkori.contract.reference.ReferenceData;
import org.hamkori.kit.problem.Problem;
import org.hamkori.kit.problem.ProblemException;
import org.hamkori.reporting.Dimension;
import org.hamkori.reporting.repository.CertificationRepository;

/** The parameters of {@code GET /reports/certifications} and its CSV table. */
final class CertificationQuery {

    private CertificationQuery() {
    }

    /** {@code groupBy} may be repeated or comma-separated; every unknown or repeated dimension is named in the 400. */
    static List<Dimension> dimensions(List<String> groupBy) {
        Set<Dimension> dimensions = new LinkedHashSet<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String parameter : groupBy == null ? List.<String>of() : groupBy) {
            for (String name : parameter.split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                Dimension dimension = Dimension.byParameter(name.trim()).orElse(null);
                if (dimension == null) {
                    errors.add(new Problem.FieldError("groupBy", "unknown dimension " + name.trim() + "; one of "
                            + Dimension.names()));
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

    static LocalDate to(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalidField("to", "must not be before from (" + from + ")");
        }
        return to;
    }

    /** The dimensions' columns, a name column after a region or district code, then the count. */
    static Csv csv(List<Dimension> dimensions, List<CertificationRepository.Row> rows, Locale language) {
        List<String> header = new ArrayList<>();
        for (Dimension dimension : dimensions) {
            header.add(dimension.parameter());
            if (dimension == Dimension.REGION_CODE) {
                header.add("regionName");
            } else if (dimension == Dimension.DISTRICT_CODE) {
                header.add("districtName");
            }
        }
        header.add("count");
        Csv csv = new Csv(header);
        ReferenceData reference = ReferenceData.get();
        for (CertificationRepository.Row row : rows) {
            List<Object> cells = new ArrayList<>();
            for (int i = 0; i < dimensions.size(); i++) {
                String value = row.values().get(i);
                cells.add(value);
                if (dimensions.get(i) == Dimension.REGION_CODE) {
                    cells.add(reference.region(value).map(r -> r.name().in(language)).orElse(null));
                } else if (dimensions.get(i) == Dimension.DISTRICT_CODE) {
                    cells.add(reference.district(value).map(d -> d.name().in(language)).orElse(null));
                }
            }
            cells.add(row.count());
            csv.row(cells);
        }
        return csv;
    }
}
