package org.hamkori.reporting.readmodel;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hamkori.contract.BoundedContext;
import org.hamkori.contract.DomainEvent;
import org.hamkori.kit.inbox.InboundEvent;
import org.hamkori.reporting.Window;

/**
 * Keeps {@code place_figure}, the current figures of every place ({@link Window#ALL}), and {@code open_action_due},
 * the open actions of every place by due date (which of them are overdue depends on the day they are counted on), as
 * events apply. Each figure but the certifications (kept by {@link TrainingProjector}) belongs to one subject: a centre
 * (with its status changes), a group (with its members, meetings, issues and actions) or a training session. Around the writes of a list of
 * events, what their subjects contributed is taken away before and added back after, computed from the read model
 * by the same conditions the reports' aggregation used, so the counters equal that aggregation whatever the order of
 * arrival, and a replay into a fresh generation reaches the same counters as live consumption.
 */
final class PlaceFigures {

    /** Each query gives rows of {@code region_code, district_code, key, value} for the ids in {@code subject}. */
    private static final String CENTERS = """
            SELECT c.region_code, c.district_code, v.indicator, v.value
            FROM {rm}.center c
            LEFT JOIN LATERAL (
                SELECT ch.status FROM {rm}.center_change ch
                WHERE ch.center_id = c.center_id AND ch.effective_on <= CAST(:to AS date)
                ORDER BY ch.sequence DESC LIMIT 1) s ON true
            CROSS JOIN LATERAL (VALUES
                ('CENTERS_TOTAL', 1),
                ('CENTERS_OPEN', CASE WHEN s.status = 'OPEN' THEN 1 ELSE 0 END),
                ('CENTERS_UNDER_RENOVATION', CASE WHEN s.status = 'UNDER_RENOVATION' THEN 1 ELSE 0 END),
                ('CENTERS_CLOSED', CASE WHEN s.status = 'CLOSED' THEN 1 ELSE 0 END),
                ('CENTERS_NEW_BUILD', CASE WHEN c.construction_type = 'NEW_BUILD' THEN 1 ELSE 0 END),
                ('CENTERS_RENOVATED', CASE WHEN c.construction_type = 'RENOVATION' THEN 1 ELSE 0 END)) v(indicator, value)
            WHERE c.center_id IN (SELECT id FROM subject)
              AND (c.registered_on IS NULL OR c.registered_on <= CAST(:to AS date))
            UNION ALL
            SELECT c.region_code, c.district_code, 'CENTERS_RENOVATIONS_COMPLETED', count(*)
            FROM {rm}.center_change ch JOIN {rm}.center c ON c.center_id = ch.center_id
            WHERE ch.center_id IN (SELECT id FROM subject) AND ch.change = 'RENOVATED'
              AND ch.effective_on BETWEEN CAST(:from AS date) AND CAST(:to AS date)
            GROUP BY c.region_code, c.district_code
            """;

    /** A group counts once formed; its members, meetings and issues count at its place while it does. */
    private static final String GROUPS = """
            SELECT g.region_code, g.district_code, v.indicator, v.value
            FROM {rm}.group_info g
            CROSS JOIN LATERAL (
                SELECT count(*) AS total,
                       count(*) FILTER (WHERE m.role = 'POLICE_OFFICER') AS police,
                       count(*) FILTER (WHERE m.role = 'COMMUNITY_REPRESENTATIVE') AS community,
                       count(*) FILTER (WHERE m.sex = 'FEMALE') AS female,
                       count(*) FILTER (WHERE m.sex = 'MALE') AS male
                FROM {rm}.member m
                WHERE m.group_id = g.group_id AND m.joined_on <= CAST(:to AS date)
                  AND (m.left_on IS NULL OR m.left_on > CAST(:to AS date))
                  AND (g.dissolved_on IS NULL OR g.dissolved_on > CAST(:to AS date))) m
            CROSS JOIN LATERAL (
                SELECT count(*) AS held, COALESCE(sum(mt.female + mt.male), 0) AS participants
                FROM {rm}.meeting mt
                WHERE mt.group_id = g.group_id
                  AND mt.held_on BETWEEN CAST(:from AS date) AND CAST(:to AS date)) mt
            CROSS JOIN LATERAL (
                SELECT count(*) FILTER (WHERE i.raised_on BETWEEN CAST(:from AS date) AND CAST(:to AS date)) AS raised,
                       count(*) FILTER (WHERE i.status = 'RESOLVED'
                           AND i.resolved_on BETWEEN CAST(:from AS date) AND CAST(:to AS date)) AS resolved,
                       count(*) FILTER (WHERE i.status = 'REFERRED'
                           AND i.resolved_on BETWEEN CAST(:from AS date) AND CAST(:to AS date)) AS referred,
                       count(*) FILTER (WHERE i.status = 'IN_PROGRESS') AS in_progress
                FROM {rm}.issue i WHERE i.group_id = g.group_id) i
            CROSS JOIN LATERAL (VALUES
                ('GROUPS_ACTIVE', CASE WHEN g.formed_on <= CAST(:to AS date)
                    AND (g.dissolved_on IS NULL OR g.dissolved_on > CAST(:to AS date)) THEN 1 ELSE 0 END),
                ('GROUPS_DISSOLVED', CASE WHEN g.formed_on <= CAST(:to AS date)
                    AND g.dissolved_on <= CAST(:to AS date) THEN 1 ELSE 0 END),
                ('MEMBERS_TOTAL', CASE WHEN g.formed_on <= CAST(:to AS date) THEN m.total ELSE 0 END),
                ('MEMBERS_POLICE', CASE WHEN g.formed_on <= CAST(:to AS date) THEN m.police ELSE 0 END),
                ('MEMBERS_COMMUNITY', CASE WHEN g.formed_on <= CAST(:to AS date) THEN m.community ELSE 0 END),
                ('MEMBERS_FEMALE', CASE WHEN g.formed_on <= CAST(:to AS date) THEN m.female ELSE 0 END),
                ('MEMBERS_MALE', CASE WHEN g.formed_on <= CAST(:to AS date) THEN m.male ELSE 0 END),
                ('MEETINGS_HELD', CASE WHEN g.formed_on IS NOT NULL THEN mt.held ELSE 0 END),
                ('MEETINGS_PARTICIPANTS', CASE WHEN g.formed_on IS NOT NULL THEN mt.participants ELSE 0 END),
                ('ISSUES_RAISED', CASE WHEN g.formed_on IS NOT NULL THEN i.raised ELSE 0 END),
                ('ISSUES_RESOLVED', CASE WHEN g.formed_on IS NOT NULL THEN i.resolved ELSE 0 END),
                ('ISSUES_REFERRED', CASE WHEN g.formed_on IS NOT NULL THEN i.referred ELSE 0 END),
                ('ISSUES_IN_PROGRESS', CASE WHEN g.formed_on IS NOT NULL THEN i.in_progress ELSE 0 END)) v(indicator, value)
            WHERE g.group_id IN (SELECT id FROM subject)
            """;

    /** Open actions by due date, once their group is formed: overdue on a day are those due before it. */
    private static final String OPEN_ACTIONS = """
            SELECT g.region_code, g.district_code, a.due_on, count(*)
            FROM {rm}.issue_action a
            JOIN {rm}.issue i ON i.issue_id = a.issue_id
            JOIN {rm}.group_info g ON g.group_id = a.group_id
            WHERE a.group_id IN (SELECT id FROM subject) AND g.formed_on IS NOT NULL
              AND a.completed_on IS NULL AND a.due_on IS NOT NULL AND i.status IN ('OPEN', 'IN_PROGRESS')
            GROUP BY g.region_code, g.district_code, a.due_on
            """;

    /**
     * A completed session counts once its scheduling (and so its place) is known. The subjects of training events
     * are sessions and certificates; a certificate matches no session (its counts are TrainingProjector's).
     */
    private static final String SESSIONS = """
            SELECT region_code, district_code, 'TRAINING_SESSIONS_COMPLETED', 1
            FROM {rm}.training_session
            WHERE session_id IN (SELECT id FROM subject) AND district_code IS NOT NULL
              AND completed_on BETWEEN CAST(:from AS date) AND CAST(:to AS date)
            """;

    /**
     * A table of counters per place and {@code key} (an indicator, a due date) and the query of what a list of subjects
     * contributes to it: rows of {@code region_code, district_code, key, value}.
     */
    private record Counter(String table, String key, String contribution) {
    }

    private static final Counter PLACE_FIGURE_OF_CENTERS = new Counter("place_figure", "indicator", CENTERS);
    private static final Counter PLACE_FIGURE_OF_GROUPS = new Counter("place_figure", "indicator", GROUPS);
    private static final Counter OPEN_ACTIONS_DUE = new Counter("open_action_due", "due_on", OPEN_ACTIONS);
    private static final Counter PLACE_FIGURE_OF_SESSIONS = new Counter("place_figure", "indicator", SESSIONS);

    private static final Map<BoundedContext, List<Counter>> BY_CONTEXT = Map.of(
            BoundedContext.CENTERS, List.of(PLACE_FIGURE_OF_CENTERS),
            BoundedContext.GROUPS, List.of(PLACE_FIGURE_OF_GROUPS, OPEN_ACTIONS_DUE),
            BoundedContext.TRAINING, List.of(PLACE_FIGURE_OF_SESSIONS));

    private PlaceFigures() {
    }

    /** Takes away what the events' subjects contributed; to be written before the events' own writes. */
    static void before(ReadModelWrites writes, Collection<InboundEvent> events) {
        move(writes, events, -1);
    }

    /** Adds back what the events' subjects contribute now; to be written after the events' own writes. */
    static void after(ReadModelWrites writes, Collection<InboundEvent> events) {
        move(writes, events, 1);
    }

    private static void move(ReadModelWrites writes, Collection<InboundEvent> events, int sign) {
        subjectsByCounter(events).forEach((counter, subjects) -> writes.add("""
                WITH subject (id) AS (SELECT unnest(CAST(? AS uuid[])))
                INSERT INTO {rm}.%1$s AS f (region_code, district_code, %2$s, value)
                SELECT region_code, district_code, %2$s, sum(value) * CAST(? AS integer)
                FROM (%3$s) AS c (region_code, district_code, %2$s, value)
                GROUP BY region_code, district_code, %2$s HAVING sum(value) <> 0
                ON CONFLICT (region_code, district_code, %2$s) DO UPDATE SET value = f.value + EXCLUDED.value
                """.formatted(counter.table(), counter.key(), counter.contribution()
                        .replace(":from", "'" + Window.ALL.from() + "'")
                        .replace(":to", "'" + Window.ALL.to() + "'")),
                subjects.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")), sign));
    }

    private static Map<Counter, Set<UUID>> subjectsByCounter(Collection<InboundEvent> events) {
        Map<Counter, Set<UUID>> subjects = new LinkedHashMap<>();
        for (InboundEvent event : events) {
            for (Counter counter : BY_CONTEXT.get(event.type().context())) {
                subjects.computeIfAbsent(counter, c -> new TreeSet<>()).add(((DomainEvent) event.payload()).subjectId());
            }
        }
        return subjects;
    }
}
