package org.hamkori.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hamkori.contract.EventType;
import org.hamkori.kit.repository.SqlValues;
import org.hamkori.reporting.ApprovedPeriod;
import org.hamkori.reporting.Generation;
import org.hamkori.reporting.Window;

/** Approved periods ({@code approved_period}) and the events a generation applied after an approval. */
@ApplicationScoped
public class ApprovalRepository {

    /** Arbitrary constant naming the advisory lock that approvals take turns on. */
    private static final int APPROVAL_LOCK = 0x484b4150;

    @Inject
    EntityManager entityManager;

    public Optional<ApprovedPeriod> find(String period) {
        return Optional.ofNullable(entityManager.find(ApprovedPeriod.class, period));
    }

    /** Approvals take turns until the transaction ends, so that a period is approved once however many ask at once. */
    public void lockApprovals() {
        entityManager.createNativeQuery("SELECT count(*) FROM pg_advisory_xact_lock(:lock)")
                .setParameter("lock", APPROVAL_LOCK).getSingleResult();
    }

    /** The approved periods whose days all lie in {@code window}, by first day, a longer period first. */
    public List<ApprovedPeriod> within(Window window) {
        return entityManager.createQuery("""
                        SELECT a FROM ApprovedPeriod a WHERE a.from >= :first AND a.to <= :last
                        ORDER BY a.from, a.to DESC""", ApprovedPeriod.class)
                .setParameter("first", window.from())
                .setParameter("last", window.to())
                .getResultList();
    }

    public void add(ApprovedPeriod approval) {
        entityManager.persist(approval);
    }

    /** An event applied to the read model: its ce_id, ce_type, ce_subject, ce_time and the date of its record. */
    public record LateEvent(UUID eventId, String type, UUID subject, Instant publishedAt, LocalDate recordDate) {
    }

    /**
     * The events published after {@code approvedAt} about records dated up to {@code lastDay}, oldest first: those
     * that can change the figures of a period ending then (what happened in it, and what stood at its end). A
     * revocation is dated by its certificate's certification, a change of a centre's details by its registration, a
     * session's scheduling by its completion, since those records are what they change.
     */
    public List<LateEvent> publishedAfter(Generation generation, Instant approvedAt, LocalDate lastDay) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(generation.sql("""
                        SELECT e.event_id, e.event_type, e.subject_id, e.published_at,
                               COALESCE(c.certified_on, ce.registered_on, s.completed_on, e.dated_on)
                        FROM {rm}.applied_event e
                        LEFT JOIN {rm}.certification c ON e.event_type = :revoked AND c.certificate_id = e.subject_id
                        LEFT JOIN {rm}.center ce ON e.event_type = :detailsChanged AND ce.center_id = e.subject_id
                        LEFT JOIN {rm}.training_session s ON e.event_type = :scheduled AND s.session_id = e.subject_id
                        WHERE e.published_at > :approvedAt
                          AND COALESCE(c.certified_on, ce.registered_on, s.completed_on, e.dated_on) <= :lastDay
                        ORDER BY e.published_at, e.event_id
                        """))
                .setParameter("revoked", EventType.CERTIFICATE_REVOKED.ceType())
                .setParameter("detailsChanged", EventType.CENTER_DETAILS_CHANGED.ceType())
                .setParameter("scheduled", EventType.TRAINING_SESSION_SCHEDULED.ceType())
                .setParameter("approvedAt", approvedAt)
                .setParameter("lastDay", lastDay)
                .getResultList();
        return rows.stream().map(r -> new LateEvent((UUID) r[0], (String) r[1], (UUID) r[2],
                SqlValues.instant(r[3]), toDate(r[4]))).toList();
    }

    private static LocalDate toDate(Object date) {
        return date instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) date;
    }
}
