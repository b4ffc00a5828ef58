package org.hamkori.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hamkori.contract.BoundedContext;
import org.hamkori.kit.inbox.InboundEvent;
import org.hamkori.kit.inbox.InboxHandler;
import org.hamkori.kit.inbox.InboxHandler.EventScope;
import org.hamkori.reporting.Generation;
import org.hamkori.reporting.ReportingConfig;

/** Applies an event to a generation of the read models, once per generation whoever delivers it. */
@ApplicationScoped
public class Projection implements InboxHandler {

    /** Arbitrary constant naming the advisory locks of generation writers, apart from the outbox relay's. */
    private static final int GENERATION_WRITER_LOCK = 0x484b5247;

    @Inject
    EntityManager entityManager;

    @Inject
    Generations generations;

    @Inject
    CenterProjector centers;

    @Inject
    GroupProjector groups;

    @Inject
    TrainingProjector training;

    @Inject
    FeedFreshness freshness;

    @Inject
    ReportingConfig config;

    @Override
    public Set<String> topics() {
        return Set.copyOf(config.topics());
    }

    /** A re-driven event: to every generation that reports read or that a rebuild is filling. */
    @Override
    public void apply(InboundEvent event) {
        apply(List.of(event), EventScope.NONE);
    }

    /**
     * The live consumer's handler: the events, all complete or none applied, to every generation that reports read or
     * that a rebuild is filling, in one batch of writes per generation.
     */
    @Override
    public void apply(List<InboundEvent> events, EventScope each) {
        events.forEach(event -> EventChecks.requireComplete(event.payload()));
        EventScope scope = each;
        for (Generation generation : generations.writable()) {
            apply(generation, events, scope);
            scope = EventScope.NONE; // one context per event, however many generations it is written to
        }
    }

    /** A replay's batch, as {@link #apply(Generation, List, EventScope)} without a context per event. */
    public void apply(Generation generation, List<InboundEvent> events) {
        apply(generation, events, EventScope.NONE);
    }

    /**
     * Must run in a transaction; {@link EventChecks#requireComplete} must have passed for every event. Each event's
     * projection runs inside {@code each}; the writes of all of them go out together afterwards. The feed's
     * freshness is updated once per topic, after the events, so that a long replay batch holds its row only briefly.
     */
    public void apply(Generation generation, List<InboundEvent> events, EventScope each) {
        if (events.isEmpty()) {
            return;
        }
        serializeWriters(generation, events);
        Set<UUID> firstApplications = firstApplications(generation, events);
        List<InboundEvent> firstApplied = events.stream().filter(e -> firstApplications.remove(e.id())).toList();
        Map<String, FeedFreshness.Applied> applied = new TreeMap<>();
        ReadModelWrites writes = new ReadModelWrites(generation);
        PlaceFigures.before(writes, firstApplied);
        for (InboundEvent event : firstApplied) {
            each.run(event, () -> {
                switch (event.type().context()) {
                    case CENTERS -> centers.apply(writes, event);
                    case GROUPS -> groups.apply(writes, event);
                    case TRAINING -> training.apply(writes, event);
                }
            });
            applied.merge(event.topic(), new FeedFreshness.Applied(event.time(), 1), FeedFreshness.Applied::plus);
        }
        PlaceFigures.after(writes, firstApplied);
        writes.send(entityManager);
        applied.forEach((topic, a) -> freshness.applied(generation, topic, a));
    }

    /**
     * One writer at a time per generation and context (the live consumer and a replay may both write a generation):
     * a subject's figures are taken away and added back around its writes, which must see no other transaction's
     * writes to that subject in between; each context's figures are rows of their own, so contexts need not wait for
     * each other. Locks are taken in the contexts' order, so that writers never wait for each other in a circle.
     */
    private void serializeWriters(Generation generation, List<InboundEvent> events) {
        EnumSet<BoundedContext> contexts = EnumSet.noneOf(BoundedContext.class);
        events.forEach(event -> contexts.add(event.type().context()));
        for (BoundedContext context : contexts) {
            entityManager.createNativeQuery("SELECT count(*) FROM pg_advisory_xact_lock(:lockClass, :writer)")
                    .setParameter("lockClass", GENERATION_WRITER_LOCK)
                    .setParameter("writer", generation.number() * BoundedContext.values().length + context.ordinal())
                    .getSingleResult();
        }
    }

    /**
     * Records the events as applied to the generation, in one statement, with their type, subject, publication time
     * and date (for the drift of approved periods); returns the ids it had not seen.
     */
    private Set<UUID> firstApplications(Generation generation, List<InboundEvent> events) {
        @SuppressWarnings("unchecked")
        List<UUID> inserted = entityManager.createNativeQuery(generation.sql("""
                        INSERT INTO {rm}.applied_event (event_id, event_type, subject_id, published_at, dated_on)
                        SELECT * FROM unnest(CAST(:ids AS uuid[]), CAST(:types AS text[]), CAST(:subjects AS uuid[]),
                                             CAST(:times AS timestamptz[]), CAST(:dates AS date[]))
                        ON CONFLICT (event_id) DO NOTHING RETURNING event_id
                        """))
                .setParameter("ids", array(events, e -> e.id()))
                .setParameter("types", array(events, e -> e.type().ceType()))
                .setParameter("subjects", array(events, InboundEvent::subject))
                .setParameter("times", array(events, InboundEvent::time))
                .setParameter("dates", array(events, RecordDate::of))
                .getResultList();
        return new HashSet<>(inserted);
    }

    /** A PostgreSQL array literal of each event's value; none of the values holds a comma, quote or brace. */
    private static String array(List<InboundEvent> events, Function<InboundEvent, Object> value) {
        return events.stream().map(e -> String.valueOf(value.apply(e))).collect(Collectors.joining(",", "{", "}"));
    }
}
