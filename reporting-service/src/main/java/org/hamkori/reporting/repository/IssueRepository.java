package org.hamkori.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.hamkori.reporting.Dimension;
import org.hamkori.reporting.Generation;
import org.hamkori.reporting.Window;

/**
 * Safety issues counted by any combination of {@link Dimension#OF_ISSUES}, from the issues themselves (a programme
 * has some thousands). An issue counts from the meeting that raised it, once its group is formed; its month is the
 * month of that meeting, and {@code from}/{@code to} select issues by the day they were raised.
 */
@ApplicationScoped
public class IssueRepository {

    @Inject
    EntityManager entityManager;

    /**
     * A combination of dimension values (in the order asked for) and its issues: how many were raised and where they
     * stand now; how many were ever reopened; their actions overdue on {@code today}; and the median and 90th
     * percentile, by the nearest-rank method, of the days from the raising meeting to the resolution of the issues
     * now RESOLVED (null when there are none).
     */
    public record Row(List<String> values, long raised, long open, long inProgress, long resolved, long referred,
            long reopened, long overdueActions, Integer medianDaysToResolution, Integer p90DaysToResolution) {

        /** The figures' names in reports, in the order of {@link #figures()}. */
        public static final List<String> FIGURE_NAMES = List.of("raised", "open", "inProgress", "resolved",
                "referred", "reopened", "overdueActions", "medianDaysToResolution", "p90DaysToResolution");

        public List<Object> figures() {
            return Arrays.asList(raised, open, inProgress, resolved, referred, reopened, overdueActions,
                    medianDaysToResolution, p90DaysToResolution);
        }
    }

    /**
     * percentile_disc is the nearest-rank percentile: the first value whose rank reaches the fraction of the count;
     * it ignores the nulls of issues not resolved.
     */
    private static final String FIGURES = """
            count(*),
            count(*) FILTER (WHERE status = 'OPEN'),
            count(*) FILTER (WHERE status = 'IN_PROGRESS'),
            count(*) FILTER (WHERE status = 'RESOLVED'),
            count(*) FILTER (WHERE status = 'REFERRED'),
            count(*) FILTER (WHERE reopenings > 0),
            COALESCE(sum(overdue_actions), 0),
            percentile_disc(0.5) WITHIN GROUP (ORDER BY days_to_resolution),
            percentile_disc(0.9) WITHIN GROUP (ORDER BY days_to_resolution)
            """;

    /** One row per issue with the columns of every dimension of issues, named as {@link Dimension#column()}. */
    private static final String ISSUE_ROWS = """
            SELECT g.region_code, g.district_code, i.category, CAST(date_trunc('month', i.raised_on) AS date) AS month,
                   i.status, i.reopenings,
                   CASE WHEN i.status = 'RESOLVED' THEN i.resolved_on - i.raised_on END AS days_to_resolution,
                   CASE WHEN i.status IN ('OPEN', 'IN_PROGRESS') THEN o.actions END AS overdue_actions
            FROM {rm}.issue i
            JOIN {rm}.group_info g ON g.group_id = i.group_id
            LEFT JOIN (
                SELECT issue_id, count(*) AS actions FROM {rm}.issue_action
                WHERE completed_on IS NULL AND due_on < :today
                GROUP BY issue_id) o ON o.issue_id = i.issue_id
            WHERE g.formed_on IS NOT NULL AND i.raised_on BETWEEN :from AND :to
              AND (CAST(:partner AS text) IS NULL OR g.facilitating_partner = CAST(:partner AS text))
            """;

    /**
     * {@code from} and {@code to} may be null (no bound); {@code partnerCode} keeps the issues of groups it
     * facilitates, null every group's; rows sorted by the dimensions.
     */
    public List<Row> count(Generation generation, List<Dimension> dimensions, LocalDate from, LocalDate to,
            LocalDate today, String partnerCode) {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (Dimension dimension : dimensions) {
            sql.append(dimension.column()).append(", ");
        }
        sql.append(FIGURES).append(" FROM (").append(ISSUE_ROWS).append(") AS issue_row");
        if (!dimensions.isEmpty()) {
            sql.append(" GROUP BY ").append(dimensions.stream().map(Dimension::column).collect(Collectors.joining(", ")));
            sql.append(" ORDER BY ").append(dimensions.stream().map(Dimension::sortKey).collect(Collectors.joining(", ")));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> results = entityManager.createNativeQuery(generation.sql(sql.toString()))
                .setParameter("from", from == null ? Window.ALL.from() : from)
                .setParameter("to", to == null ? Window.ALL.to() : to)
                .setParameter("today", today)
                .setParameter("partner", partnerCode)
                .getResultList();
        List<Row> rows = new ArrayList<>();
        for (Object[] row : results) {
            List<String> values = new ArrayList<>(dimensions.size());
            for (int i = 0; i < dimensions.size(); i++) {
                values.add(dimensions.get(i).value(row[i]));
            }
            int f = dimensions.size();
            rows.add(new Row(values, count(row[f]), count(row[f + 1]), count(row[f + 2]), count(row[f + 3]),
                    count(row[f + 4]), count(row[f + 5]), count(row[f + 6]), days(row[f + 7]), days(row[f + 8])));
        }
        return rows;
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static Integer days(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
