package org.hamkori.reporting.readmodel;

import static org.hamkori.kit.repository.SqlValues.instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hamkori.kit.domain.BusinessRuleViolation;
import org.hamkori.reporting.Generation;
import org.hamkori.reporting.ReadModelRebuild;

/**
 * The register of read-model generations ({@code read_model_generation}). Every operation runs in the caller's
 * transaction; the live consumer reads the writable generations at the start of each event's transaction, so a
 * generation created or switched over is seen by the next event.
 */
@ApplicationScoped
public class Generations {

    /** A replay whose owner has not reported for this long is taken over by another replica (or after a restart). */
    static final Duration REPLAY_LEASE = Duration.ofSeconds(60);

    @Inject
    EntityManager entityManager;

    /** A generation's history, as the admin sees it. */
    public record Status(int number, Generation.State state, Instant createdAt, Instant replayedAt,
            Instant activatedAt, Instant retiredAt, Instant droppedAt, long eventsReplayed, String comparison,
            String failure) {
    }

    public List<Generation> writable() {
        return generations("state IN ('ACTIVE', 'BUILDING')");
    }

    /** The generation the reports read. */
    public Generation active() {
        return generations("state = 'ACTIVE'").stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no active read-model generation"));
    }

    public Optional<Generation> building() {
        return generations("state = 'BUILDING'").stream().findFirst();
    }

    /** Newest first. */
    public List<Status> history(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT number, state, created_at, replayed_at, activated_at, retired_at, dropped_at, events_replayed,
                       comparison, failure
                FROM read_model_generation ORDER BY number DESC LIMIT :limit
                """).setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new Status(((Number) r[0]).intValue(), Generation.State.valueOf((String) r[1]),
                instant(r[2]), instant(r[3]), instant(r[4]), instant(r[5]), instant(r[6]), ((Number) r[7]).longValue(),
                (String) r[8], (String) r[9])).toList();
    }

    /** Creates the tables of a new generation to be filled by a replay that {@code owner} runs; 409 if one is building. */
    public ReadModelRebuild createBuilding(String owner) {
        entityManager.createNativeQuery("LOCK TABLE read_model_generation IN EXCLUSIVE MODE").executeUpdate();
        if (building().isPresent()) {
            throw new BusinessRuleViolation("A rebuild is already running (generation " + building().get().number()
                    + "); see GET /admin/rebuild");
        }
        int number = ((Number) entityManager.createNativeQuery(
                "SELECT COALESCE(max(number), 0) + 1 FROM read_model_generation").getSingleResult()).intValue();
        entityManager.createNativeQuery("SELECT count(*) FROM create_read_model_generation(:number)")
                .setParameter("number", number).getSingleResult();
        ReadModelRebuild rebuild = ReadModelRebuild.start(number, owner);
        entityManager.persist(rebuild);
        return rebuild;
    }

    /** Drops the tables of generations that were replaced or failed; their register rows stay as history. */
    public void dropDiscarded() {
        for (Generation discarded : generations("state IN ('RETIRED', 'FAILED') AND dropped_at IS NULL")) {
            entityManager.createNativeQuery("DROP SCHEMA IF EXISTS " + discarded.schema() + " CASCADE").executeUpdate();
            entityManager.createNativeQuery("UPDATE read_model_generation SET dropped_at = now() WHERE number = :number")
                    .setParameter("number", discarded.number()).executeUpdate();
        }
    }

    /** Generations still waiting for (the rest of) their replay whose lease is free. */
    public List<Generation> awaitingReplay() {
        return generations("state IN ('ACTIVE', 'BUILDING') AND replayed_at IS NULL AND (replay_owner IS NULL"
                + " OR replay_heartbeat < now() - interval '" + REPLAY_LEASE.toSeconds() + " seconds')");
    }

    /** Takes (or renews) the lease on a generation's replay; false when another owner holds it. */
    public boolean claimReplay(Generation generation, String owner) {
        return entityManager.createNativeQuery("""
                UPDATE read_model_generation SET replay_owner = :owner, replay_heartbeat = now()
                WHERE number = :number AND replayed_at IS NULL AND state IN ('ACTIVE', 'BUILDING')
                  AND (replay_owner IS NULL OR replay_owner = :owner
                       OR replay_heartbeat < now() - CAST(:lease AS interval))
                """)
                .setParameter("owner", owner)
                .setParameter("number", generation.number())
                .setParameter("lease", REPLAY_LEASE.toSeconds() + " seconds")
                .executeUpdate() == 1;
    }

    public void replayProgress(Generation generation, long eventsReplayed) {
        entityManager.createNativeQuery("""
                UPDATE read_model_generation SET events_replayed = :events, replay_heartbeat = now() WHERE number = :number
                """).setParameter("events", eventsReplayed).setParameter("number", generation.number()).executeUpdate();
    }

    /** An active generation whose replay reached the end of the topics. */
    public void replayed(Generation generation) {
        entityManager.createNativeQuery("""
                UPDATE read_model_generation SET replayed_at = now(), replay_owner = NULL WHERE number = :number
                """).setParameter("number", generation.number()).executeUpdate();
    }

    /** The rebuilt generation becomes the one reports read; the one it replaces is retired. */
    public void switchOver(Generation rebuilt, Generation replaced, String comparison) {
        entityManager.createNativeQuery("""
                UPDATE read_model_generation SET state = 'RETIRED', retired_at = now() WHERE number = :number
                """).setParameter("number", replaced.number()).executeUpdate();
        entityManager.createNativeQuery("""
                UPDATE read_model_generation SET state = 'ACTIVE', activated_at = now(), replayed_at = now(),
                       replay_owner = NULL, comparison = :comparison
                WHERE number = :number
                """).setParameter("number", rebuilt.number()).setParameter("comparison", comparison).executeUpdate();
    }

    public void fail(Generation generation, String reason) {
        entityManager.createNativeQuery("""
                UPDATE read_model_generation SET state = 'FAILED', failure = :reason, replay_owner = NULL
                WHERE number = :number AND state = 'BUILDING'
                """).setParameter("reason", reason).setParameter("number", generation.number()).executeUpdate();
    }

    private List<Generation> generations(String condition) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "SELECT number, state FROM read_model_generation WHERE " + condition + " ORDER BY number").getResultList();
        return rows.stream()
                .map(r -> new Generation(((Number) r[0]).intValue(), Generation.State.valueOf((String) r[1])))
                .toList();
    }
}
