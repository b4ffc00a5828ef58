package org.hamkori.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hamkori.reporting.Dimension;
import org.hamkori.reporting.Generation;

/**
 * Valid certifications counted by any combination of dimensions, from the pre-aggregated counts: per place,
 * category and sex when that is all a query asks for, per day and every dimension otherwise (the day range uses
 * the index that leads with the day).
 */
@ApplicationScoped
public class CertificationRepository {

    @Inject
    EntityManager entityManager;

    /** A combination of dimension values (in the order asked for) and how many valid certifications it has. */
    public record Row(List<String> values, long count) {
    }

    /** {@code partnerCode}: the certificates of one partner, or of every partner when null. */
    public List<Row> count(Generation generation, List<Dimension> dimensions, LocalDate from, LocalDate to,
            String partnerCode) {
        boolean dated = from != null || to != null;
        boolean placeCounts = !dated && partnerCode == null && dimensions.stream().allMatch(Dimension::inPlaceCounts);
        StringBuilder sql = new StringBuilder("SELECT ");
        for (Dimension dimension : dimensions) {
            sql.append(dimension.column()).append(", ");
        }
        sql.append("sum(certified) FROM {rm}.").append(placeCounts ? "certification_place" : "certification_daily");
        List<String> conditions = new ArrayList<>();
        if (dated) {
            conditions.add("certified_on BETWEEN :from AND :to");
        }
        if (partnerCode != null) {
            conditions.add("partner_code = :partner");
        }
        if (!conditions.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", conditions));
        }
        if (!dimensions.isEmpty()) {
            sql.append(" GROUP BY ").append(dimensions.stream().map(Dimension::column).collect(Collectors.joining(", ")));
        }
        sql.append(" HAVING sum(certified) > 0");
        if (!dimensions.isEmpty()) {
            sql.append(" ORDER BY ").append(dimensions.stream().map(Dimension::sortKey).collect(Collectors.joining(", ")));
        }
        // every dimension together lists the whole day cells: let that sort stay in memory
        entityManager.createNativeQuery("SET LOCAL work_mem = '32MB'").executeUpdate();
        Query query = entityManager.createNativeQuery(generation.sql(sql.toString()));
        if (dated) {
            query.setParameter("from", from == null ? LocalDate.of(1, 1, 1) : from);
            query.setParameter("to", to == null ? LocalDate.of(9999, 12, 31) : to);
        }
        if (partnerCode != null) {
            query.setParameter("partner", partnerCode);
        }
        List<Row> rows = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] row = dimensions.isEmpty() ? new Object[] {result} : (Object[]) result;
            List<String> values = new ArrayList<>(dimensions.size());
            for (int i = 0; i < dimensions.size(); i++) {
                values.add(dimensions.get(i).value(row[i]));
            }
            rows.add(new Row(values, ((Number) row[dimensions.size()]).longValue()));
        }
        return rows;
    }
}
