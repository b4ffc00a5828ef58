package org.hamkori.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.hamkori.kit.domain.VersionedAggregate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A period (a year {@code 2021}, a quarter {@code 2021Q2}, a month {@code 2021-06}) whose figures an admin approved:
 * every non-zero figure of it as it stood then, by name, so that a figure sent in a report can be told apart from
 * what the read model says now. An approval stands once made; its audit entry holds the figures too.
 */
@Entity
public class ApprovedPeriod implements VersionedAggregate {

    @Id
    String period;

    @Version
    long version;

    @Column(name = "from_day")
    LocalDate from;

    @Column(name = "to_day")
    LocalDate to;

    Instant approvedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, Long> figures;

    protected ApprovedPeriod() {
    }

    public ApprovedPeriod(String period, Window window, Instant approvedAt, Map<String, Long> figures) {
        this.period = period;
        this.from = window.from();
        this.to = window.to();
        this.approvedAt = approvedAt;
        this.figures = new TreeMap<>(figures);
    }

    public String period() {
        return period;
    }

    public Window window() {
        return new Window(from, to);
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    /** The approved figures by name; a figure absent was zero. */
    public Map<String, Long> figures() {
        return Map.copyOf(figures);
    }

    @Override
    public long currentVersion() {
        return version;
    }
}
