package org.hamkori.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hamkori.reporting.CenterFigures;

/** Counts over {@code rm_center}, overall and grouped by region or district. */
@ApplicationScoped
public class CenterFiguresRepository {

    private static final String FIGURES = """
            count(*),
            count(*) FILTER (WHERE status = 'OPEN'),
            count(*) FILTER (WHERE status = 'UNDER_RENOVATION'),
            count(*) FILTER (WHERE status = 'CLOSED'),
            count(*) FILTER (WHERE construction_type = 'NEW_BUILD'),
            count(*) FILTER (WHERE construction_type = 'RENOVATION'),
            COALESCE(sum(renovations_completed), 0)
            """;

    @Inject
    EntityManager entityManager;

    public CenterFigures overall() {
        Object[] row = (Object[]) entityManager.createNativeQuery("SELECT " + FIGURES + " FROM rm_center")
                .getSingleResult();
        return figures(row, 0);
    }

    public Map<String, CenterFigures> byRegion() {
        return grouped("region_code");
    }

    public Map<String, CenterFigures> byDistrict() {
        return grouped("district_code");
    }

    private Map<String, CenterFigures> grouped(String column) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "SELECT " + column + ", " + FIGURES + " FROM rm_center WHERE " + column + " IS NOT NULL GROUP BY " + column)
                .getResultList();
        Map<String, CenterFigures> figures = new HashMap<>();
        for (Object[] row : rows) {
            figures.put((String) row[0], figures(row, 1));
        }
        return figures;
    }

    private static CenterFigures figures(Object[] row, int from) {
        return new CenterFigures(n(row[from]), n(row[from + 1]), n(row[from + 2]), n(row[from + 3]), n(row[from + 4]),
                n(row[from + 5]), n(row[from + 6]));
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
