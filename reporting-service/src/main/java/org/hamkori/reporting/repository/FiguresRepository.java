package org.hamkori.reporting.repository;

import static org.hamkori.reporting.Indicator.CENTERS_CLOSED;
import static org.hamkori.reporting.Indicator.CENTERS_NEW_BUILD;
import static org.hamkori.reporting.Indicator.CENTERS_OPEN;
import static org.hamkori.reporting.Indicator.CENTERS_RENOVATED;
import static org.hamkori.reporting.Indicator.CENTERS_RENOVATIONS_COMPLETED;
import static org.hamkori.reporting.Indicator.CENTERS_TOTAL;
import static org.hamkori.reporting.Indicator.CENTERS_UNDER_RENOVATION;
import static org.hamkori.reporting.Indicator.GROUPS_ACTIVE;
import static org.hamkori.reporting.Indicator.GROUPS_DISSOLVED;
import static org.hamkori.reporting.Indicator.ISSUES_IN_PROGRESS;
import static org.hamkori.reporting.Indicator.ISSUES_OVERDUE_ACTIONS;
import static org.hamkori.reporting.Indicator.ISSUES_RAISED;
import static org.hamkori.reporting.Indicator.ISSUES_REFERRED;
import static org.hamkori.reporting.Indicator.ISSUES_RESOLVED;
import static org.hamkori.reporting.Indicator.MEETINGS_HELD;
import static org.hamkori.reporting.Indicator.MEETINGS_PARTICIPANTS;
import static org.hamkori.reporting.Indicator.MEMBERS_COMMUNITY;
import static org.hamkori.reporting.Indicator.MEMBERS_FEMALE;
import static org.hamkori.reporting.Indicator.MEMBERS_MALE;
import static org.hamkori.reporting.Indicator.MEMBERS_POLICE;
import static org.hamkori.reporting.Indicator.MEMBERS_TOTAL;
import static org.hamkori.reporting.Indicator.TRAINING_CERTIFIED;
import static org.hamkori.reporting.Indicator.TRAINING_CITIZENS;
import static org.hamkori.reporting.Indicator.TRAINING_FEMALE;
import static org.hamkori.reporting.Indicator.TRAINING_MALE;
import static org.hamkori.reporting.Indicator.TRAINING_POLICE;
import static org.hamkori.reporting.Indicator.TRAINING_SESSIONS_COMPLETED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hamkori.kit.reference.Place;
import org.hamkori.reporting.Figures;
import org.hamkori.reporting.Generation;
import org.hamkori.reporting.Indicator;
import org.hamkori.reporting.ReportFilter;
import org.hamkori.reporting.Window;

/**
 * Every indicator per place (region and district as the events gave them), for a {@link Window}: one small
 * aggregate query per read-model table, each grouped by place, run together as one statement. Overall, region and
 * district figures are sums of these.
 */
@ApplicationScoped
public class FiguresRepository {

    /** A query whose rows are {@code region_code, district_code} followed by one count per indicator. */
    private record PlaceQuery(String sql, List<Indicator> indicators) {
    }

    private static final PlaceQuery CENTERS = new PlaceQuery("""
            WITH status_then AS (
                SELECT DISTINCT ON (center_id) center_id, status
                FROM {rm}.center_change WHERE effective_on <= :to
                ORDER BY center_id, sequence DESC)
            SELECT c.region_code, c.district_code,
                   count(*),
                   count(*) FILTER (WHERE s.status = 'OPEN'),
                   count(*) FILTER (WHERE s.status = 'UNDER_RENOVATION'),
                   count(*) FILTER (WHERE s.status = 'CLOSED'),
                   count(*) FILTER (WHERE c.construction_type = 'NEW_BUILD'),
                   count(*) FILTER (WHERE c.construction_type = 'RENOVATION')
            FROM {rm}.center c LEFT JOIN status_then s ON s.center_id = c.center_id
            WHERE (c.registered_on IS NULL OR c.registered_on <= :to) {centerPartner}
            GROUP BY c.region_code, c.district_code
            """, List.of(CENTERS_TOTAL, CENTERS_OPEN, CENTERS_UNDER_RENOVATION, CENTERS_CLOSED, CENTERS_NEW_BUILD,
            CENTERS_RENOVATED));

    private static final PlaceQuery RENOVATIONS = new PlaceQuery("""
            SELECT c.region_code, c.district_code, count(*)
            FROM {rm}.center_change ch JOIN {rm}.center c ON c.center_id = ch.center_id
            WHERE ch.change = 'RENOVATED' AND ch.effective_on BETWEEN :from AND :to {centerPartner}
            GROUP BY c.region_code, c.district_code
            """, List.of(CENTERS_RENOVATIONS_COMPLETED));

    private static final PlaceQuery GROUPS = new PlaceQuery("""
            SELECT region_code, district_code,
                   count(*) FILTER (WHERE dissolved_on IS NULL OR dissolved_on > :to),
                   count(*) FILTER (WHERE dissolved_on <= :to)
            FROM {rm}.group_info g WHERE formed_on <= :to {groupPartner}
            GROUP BY region_code, district_code
            """, List.of(GROUPS_ACTIVE, GROUPS_DISSOLVED));

    /** Members who had joined and not left, of groups formed and not dissolved. */
    private static final String MEMBERS_AT_TO = """
            FROM {rm}.member m JOIN {rm}.group_info g ON g.group_id = m.group_id
            WHERE m.joined_on <= :to AND (m.left_on IS NULL OR m.left_on > :to)
              AND g.formed_on <= :to AND (g.dissolved_on IS NULL OR g.dissolved_on > :to) {groupPartner}
            """;

    private static final PlaceQuery MEMBERS = new PlaceQuery("""
            SELECT g.region_code, g.district_code,
                   count(*),
                   count(*) FILTER (WHERE m.role = 'POLICE_OFFICER'),
                   count(*) FILTER (WHERE m.role = 'COMMUNITY_REPRESENTATIVE'),
                   count(*) FILTER (WHERE m.sex = 'FEMALE'),
                   count(*) FILTER (WHERE m.sex = 'MALE')
            """ + MEMBERS_AT_TO + "GROUP BY g.region_code, g.district_code",
            List.of(MEMBERS_TOTAL, MEMBERS_POLICE, MEMBERS_COMMUNITY, MEMBERS_FEMALE, MEMBERS_MALE));

    /** Meetings and issues count once their group is known: their place is the group's. */
    private static final String MEETINGS_IN_WINDOW = """
            FROM {rm}.meeting mt JOIN {rm}.group_info g ON g.group_id = mt.group_id
            WHERE mt.held_on BETWEEN :from AND :to AND g.formed_on IS NOT NULL {groupPartner}
            GROUP BY g.region_code, g.district_code
            """;

    private static final PlaceQuery MEETINGS = new PlaceQuery("""
            SELECT g.region_code, g.district_code, count(*), COALESCE(sum(mt.female + mt.male), 0)
            """ + MEETINGS_IN_WINDOW, List.of(MEETINGS_HELD, MEETINGS_PARTICIPANTS));

    /** Each issue's status as it stood on a day ({@code :day}): its latest change made by then. */
    private static final String ISSUE_STATUS_ON_DAY = """
            WITH status_then AS (
                SELECT DISTINCT ON (issue_id) issue_id, status
                FROM {rm}.issue_change WHERE effective_on <= :day
                ORDER BY issue_id, sequence DESC)
            """;

    private static final PlaceQuery ISSUES = new PlaceQuery(ISSUE_STATUS_ON_DAY.replace(":day", ":to") + """
            SELECT g.region_code, g.district_code,
                   count(*) FILTER (WHERE i.raised_on BETWEEN :from AND :to),
                   count(*) FILTER (WHERE i.status = 'RESOLVED' AND i.resolved_on BETWEEN :from AND :to),
                   count(*) FILTER (WHERE i.status = 'REFERRED' AND i.resolved_on BETWEEN :from AND :to),
                   count(*) FILTER (WHERE s.status = 'IN_PROGRESS')
            FROM {rm}.issue i JOIN {rm}.group_info g ON g.group_id = i.group_id
            LEFT JOIN status_then s ON s.issue_id = i.issue_id
            WHERE g.formed_on IS NOT NULL {groupPartner}
            GROUP BY g.region_code, g.district_code
            """, List.of(ISSUES_RAISED, ISSUES_RESOLVED, ISSUES_REFERRED, ISSUES_IN_PROGRESS));

    /**
     * Actions overdue on {@code :overdueOn}: agreed by then, due before it and not completed by then, of an issue then
     * open or in progress.
     */
    private static final PlaceQuery OVERDUE_ACTIONS = new PlaceQuery(ISSUE_STATUS_ON_DAY.replace(":day", ":overdueOn")
            + """
            SELECT g.region_code, g.district_code, count(*)
            FROM {rm}.issue_action a
            JOIN status_then s ON s.issue_id = a.issue_id
            JOIN {rm}.group_info g ON g.group_id = a.group_id
            WHERE g.formed_on IS NOT NULL AND s.status IN ('OPEN', 'IN_PROGRESS')
              AND a.agreed_on <= :overdueOn AND a.due_on < :overdueOn
              AND (a.completed_on IS NULL OR a.completed_on > :overdueOn) {groupPartner}
            GROUP BY g.region_code, g.district_code
            """, List.of(ISSUES_OVERDUE_ACTIONS));

    /** The current overdue actions read the open actions per place and due date ({@code open_action_due}). */
    private static final PlaceQuery OVERDUE_ACTIONS_NOW = new PlaceQuery("""
            SELECT region_code, district_code, sum(value)
            FROM {rm}.open_action_due WHERE due_on < :overdueOn
            GROUP BY region_code, district_code
            """, List.of(ISSUES_OVERDUE_ACTIONS));

    /** A completed session counts once its scheduling (and so its place) is known. */
    private static final PlaceQuery SESSIONS = new PlaceQuery("""
            SELECT region_code, district_code, count(*)
            FROM {rm}.training_session
            WHERE completed_on BETWEEN :from AND :to AND district_code IS NOT NULL {sessionPartner}
            GROUP BY region_code, district_code
            """, List.of(TRAINING_SESSIONS_COMPLETED));

    private static final String CERTIFIED_COUNTS = """
            SELECT region_code, district_code,
                   sum(certified),
                   sum(certified) FILTER (WHERE category = 'POLICE_OFFICER'),
                   sum(certified) FILTER (WHERE category = 'CITIZEN'),
                   sum(certified) FILTER (WHERE sex = 'FEMALE'),
                   sum(certified) FILTER (WHERE sex = 'MALE')
            """;
    private static final List<Indicator> CERTIFIED = List.of(TRAINING_CERTIFIED, TRAINING_POLICE, TRAINING_CITIZENS,
            TRAINING_FEMALE, TRAINING_MALE);

    /** Current figures read the per-place counts, a few hundred rows. */
    private static final PlaceQuery CERTIFICATIONS_NOW = new PlaceQuery(CERTIFIED_COUNTS + """
            FROM {rm}.certification_place GROUP BY region_code, district_code
            """, CERTIFIED);

    /** Figures for a period (whole months, see {@link Window}) read the monthly counts per place. */
    private static final PlaceQuery CERTIFICATIONS_DATED = new PlaceQuery(CERTIFIED_COUNTS + """
            FROM {rm}.certification_place_monthly WHERE certified_month BETWEEN :from AND :to
            GROUP BY region_code, district_code
            """, CERTIFIED);

    /** Figures for any days, or of one partner, read the daily counts per place and partner. */
    private static final PlaceQuery CERTIFICATIONS_DAILY = new PlaceQuery(CERTIFIED_COUNTS + """
            FROM {rm}.certification_daily WHERE certified_on BETWEEN :from AND :to {sessionPartner}
            GROUP BY region_code, district_code
            """, CERTIFIED);

    /**
     * The conditions that keep one partner's records ({@code :partner}): a centre funded by it (in its details or a
     * renovation), a group it facilitates (the group's members, meetings and issues), a session and certificates of it.
     */
    private static final Map<String, String> OF_PARTNER = Map.of(
            "{centerPartner}", """
                    AND (:partner = ANY(c.funding_partners) OR EXISTS (
                        SELECT 1 FROM {rm}.center_change r WHERE r.center_id = c.center_id AND r.change = 'RENOVATED'
                                                               AND :partner = ANY(r.funding_partners)))""",
            "{groupPartner}", "AND g.facilitating_partner = :partner",
            "{sessionPartner}", "AND partner_code = :partner");

    /** The conditions that keep the records attributed to no partner ({@link ReportFilter#UNATTRIBUTED}). */
    private static final Map<String, String> OF_NO_PARTNER = Map.of(
            "{centerPartner}", """
                    AND COALESCE(cardinality(c.funding_partners), 0) = 0 AND NOT EXISTS (
                        SELECT 1 FROM {rm}.center_change r WHERE r.center_id = c.center_id AND r.change = 'RENOVATED'
                                                               AND cardinality(r.funding_partners) > 0)""",
            "{groupPartner}", "AND g.facilitating_partner IS NULL",
            "{sessionPartner}", "AND partner_code IS NULL");

    /** A disaggregation of a count by sex and by police or civilian ({@code service}); null where it does not split. */
    public record Breakdown(Count count, String sex, String service) {

        public enum Count { MEMBERS, CERTIFIED, PARTICIPANTS }
    }

    private static final String MEMBERS_BY_SEX_AND_SERVICE = """
            SELECT g.region_code, g.district_code, m.sex,
                   CASE m.role WHEN 'POLICE_OFFICER' THEN 'POLICE' ELSE 'CIVILIAN' END, count(*)
            """ + MEMBERS_AT_TO + "GROUP BY 1, 2, 3, 4";

    private static final String CERTIFIED_BY_SEX_AND_SERVICE = """
            SELECT region_code, district_code, sex,
                   CASE category WHEN 'POLICE_OFFICER' THEN 'POLICE' ELSE 'CIVILIAN' END, sum(certified)
            FROM {rm}.certification_place_monthly WHERE certified_month BETWEEN :from AND :to
            GROUP BY 1, 2, 3, 4
            """;

    /** As {@link #CERTIFIED_BY_SEX_AND_SERVICE}, from the daily counts, which know each certificate's partner. */
    private static final String CERTIFIED_BY_SEX_AND_SERVICE_DAILY = """
            SELECT region_code, district_code, sex,
                   CASE category WHEN 'POLICE_OFFICER' THEN 'POLICE' ELSE 'CIVILIAN' END, sum(certified)
            FROM {rm}.certification_daily WHERE certified_on BETWEEN :from AND :to {sessionPartner}
            GROUP BY 1, 2, 3, 4
            """;

    private static final String PARTICIPANTS_BY_SEX_AND_BY_SERVICE = """
            SELECT g.region_code, g.district_code, COALESCE(sum(mt.female), 0), COALESCE(sum(mt.male), 0),
                   COALESCE(sum(mt.police), 0), COALESCE(sum(mt.community), 0)
            """ + MEETINGS_IN_WINDOW;

    @Inject
    EntityManager entityManager;

    /**
     * Current figures other than certifications and overdue actions read the counters kept as events apply
     * ({@code place_figure}, see PlaceFigures), which equal what {@link #DATED}'s queries give for {@link Window#ALL}.
     */
    private static final PlaceQuery COUNTED = counted(Arrays.stream(Indicator.values())
            .filter(indicator -> !CERTIFIED.contains(indicator) && indicator != ISSUES_OVERDUE_ACTIONS).toList());

    private static final List<PlaceQuery> NOW = List.of(COUNTED, CERTIFICATIONS_NOW, OVERDUE_ACTIONS_NOW);
    private static final List<PlaceQuery> DATED = List.of(CENTERS, RENOVATIONS, GROUPS, MEMBERS, MEETINGS, ISSUES,
            OVERDUE_ACTIONS, SESSIONS, CERTIFICATIONS_DATED);
    /** As {@link #DATED}, query for query, with the certifications of any days and partner. */
    private static final List<PlaceQuery> DATED_DAILY = List.of(CENTERS, RENOVATIONS, GROUPS, MEMBERS, MEETINGS,
            ISSUES, OVERDUE_ACTIONS, SESSIONS, CERTIFICATIONS_DAILY);
    /**
     * The current figures, those of whole months, of any days and of one partner, each in one statement: the place
     * queries one after another.
     */
    private static final String NOW_SQL = union(NOW);
    private static final String DATED_SQL = everyPartner(union(DATED));
    private static final String DAILY_SQL = everyPartner(union(DATED_DAILY));
    private static final String OF_PARTNER_SQL = narrowed(union(DATED_DAILY), OF_PARTNER);
    private static final String OF_NO_PARTNER_SQL = narrowed(union(DATED_DAILY), OF_NO_PARTNER);

    /**
     * Every indicator per place; a place where nothing happened is absent. Overdue actions are counted on the
     * window's last day or {@code today}, whichever comes first.
     */
    public Map<Place, Figures> byPlace(Generation generation, Window window, LocalDate today) {
        return byPlace(generation, ReportFilter.of(window), today);
    }

    /** As {@link #byPlace(Generation, Window, LocalDate)}, of the records {@code filter} keeps. */
    public Map<Place, Figures> byPlace(Generation generation, ReportFilter filter, LocalDate today) {
        Map<Place, Map<Indicator, Long>> counts = new HashMap<>();
        Window window = filter.window();
        List<PlaceQuery> queries = filter.isNone() ? NOW : DATED;
        LocalDate overdueOn = window.to().isBefore(today) ? window.to() : today;
        String sql = filter.isNone() ? NOW_SQL
                : filter.unattributed() ? OF_NO_PARTNER_SQL
                : filter.partnerCode() != null ? OF_PARTNER_SQL
                : window.wholeMonths() ? DATED_SQL : DAILY_SQL;
        for (Object[] row : rows(generation, window, overdueOn, filter.partnerCode(), sql)) {
            List<Indicator> indicators = queries.get(((Number) row[0]).intValue()).indicators();
            Map<Indicator, Long> values = counts.computeIfAbsent(new Place((String) row[1], (String) row[2]),
                    p -> new EnumMap<>(Indicator.class));
            for (int i = 0; i < indicators.size(); i++) {
                values.merge(indicators.get(i), row[i + 3] == null ? 0L : ((Number) row[i + 3]).longValue(), Long::sum);
            }
        }
        Map<Place, Figures> figures = new HashMap<>();
        counts.forEach((place, values) -> figures.put(place, Figures.of(values)));
        return figures;
    }

    private static PlaceQuery counted(List<Indicator> indicators) {
        String counts = indicators.stream()
                .map(indicator -> "COALESCE(sum(value) FILTER (WHERE indicator = '" + indicator.name() + "'), 0)")
                .collect(Collectors.joining(", "));
        return new PlaceQuery("SELECT region_code, district_code, " + counts
                + " FROM {rm}.place_figure GROUP BY region_code, district_code", indicators);
    }

    private static String everyPartner(String sql) {
        for (String condition : OF_PARTNER.keySet()) {
            sql = sql.replace(condition, "");
        }
        return sql;
    }

    private static String narrowed(String sql, Map<String, String> conditions) {
        for (Map.Entry<String, String> condition : conditions.entrySet()) {
            sql = sql.replace(condition.getKey(), condition.getValue());
        }
        return sql;
    }

    /** {@code sql} keeping the records {@code filter} keeps of partners: all, one partner's, or no partner's. */
    private static String ofPartners(String sql, ReportFilter filter) {
        return filter.partnerCode() == null ? everyPartner(sql)
                : narrowed(sql, filter.unattributed() ? OF_NO_PARTNER : OF_PARTNER);
    }

    /** Rows of {@code query number, region_code, district_code} and the query's counts, padded with zeros. */
    private static String union(List<PlaceQuery> queries) {
        StringBuilder sql = new StringBuilder();
        int widest = queries.stream().mapToInt(q -> q.indicators().size()).max().orElseThrow();
        for (int i = 0; i < queries.size(); i++) {
            if (i > 0) {
                sql.append(" UNION ALL ");
            }
            sql.append("SELECT ").append(i).append(", q.*");
            sql.append(", 0".repeat(widest - queries.get(i).indicators().size()));
            sql.append(" FROM (").append(queries.get(i).sql()).append(") AS q");
        }
        return sql.toString();
    }

    /**
     * Members and people certified by sex and police/civilian together; meeting participants by sex and, apart, by
     * police/civilian (a meeting reports only those totals); of the records of {@code filter}'s partner, if any.
     */
    public Map<Place, Map<Breakdown, Long>> breakdown(Generation generation, ReportFilter filter) {
        Map<Place, Map<Breakdown, Long>> counts = new HashMap<>();
        Window window = filter.window();
        String partner = filter.partnerCode();
        String certified = partner == null ? CERTIFIED_BY_SEX_AND_SERVICE : CERTIFIED_BY_SEX_AND_SERVICE_DAILY;
        for (Object[] row : rows(generation, window, null, partner, ofPartners(MEMBERS_BY_SEX_AND_SERVICE, filter))) {
            add(counts, row, new Breakdown(Breakdown.Count.MEMBERS, (String) row[2], (String) row[3]), row[4]);
        }
        for (Object[] row : rows(generation, window, null, partner, ofPartners(certified, filter))) {
            add(counts, row, new Breakdown(Breakdown.Count.CERTIFIED, (String) row[2], (String) row[3]), row[4]);
        }
        for (Object[] row : rows(generation, window, null, partner,
                ofPartners(PARTICIPANTS_BY_SEX_AND_BY_SERVICE, filter))) {
            add(counts, row, new Breakdown(Breakdown.Count.PARTICIPANTS, "FEMALE", null), row[2]);
            add(counts, row, new Breakdown(Breakdown.Count.PARTICIPANTS, "MALE", null), row[3]);
            add(counts, row, new Breakdown(Breakdown.Count.PARTICIPANTS, null, "POLICE"), row[4]);
            add(counts, row, new Breakdown(Breakdown.Count.PARTICIPANTS, null, "CIVILIAN"), row[5]);
        }
        return counts;
    }

    private static void add(Map<Place, Map<Breakdown, Long>> counts, Object[] row, Breakdown breakdown, Object value) {
        counts.computeIfAbsent(new Place((String) row[0], (String) row[1]), p -> new HashMap<>())
                .merge(breakdown, ((Number) value).longValue(), Long::sum);
    }

    private List<Object[]> rows(Generation generation, Window window, LocalDate overdueOn, String partner,
            String sql) {
        var nativeQuery = entityManager.createNativeQuery(generation.sql(sql));
        if (sql.contains(":partner")) {
            nativeQuery.setParameter("partner", partner);
        }
        if (sql.contains(":from")) {
            nativeQuery.setParameter("from", window.from());
        }
        if (sql.contains(":to")) {
            nativeQuery.setParameter("to", window.to());
        }
        if (sql.contains(":overdueOn")) {
            nativeQuery.setParameter("overdueOn", overdueOn);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = nativeQuery.getResultList();
        return rows;
    }

}
