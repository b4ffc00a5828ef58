package org.hamkori.kit.audit;

import static org.hamkori.kit.repository.SqlValues.instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hamkori.kit.domain.VersionedAggregate;
import org.hamkori.kit.rest.Page;
import org.hamkori.kit.rest.PageRequest;
import org.hamkori.kit.security.Caller;
import org.hamkori.kit.security.PersonalData;
import org.hibernate.Session;

/**
 * Who changed what (SPEC §11), appended in the transaction of the change. Every write that publishes an event is
 * recorded by {@link org.hamkori.kit.outbox.EventOutbox#append} itself, with the fields the transaction changed
 * ({@link WrittenEntities}); a write that publishes none calls {@link #record}. Entries never enter events.
 */
@ApplicationScoped
public class AuditTrail {

    /** The action of an entry that records a read of personal data, without the data. */
    public static final String READ_PERSONAL_DATA = "READ_PERSONAL_DATA";

    /** The actor of what a service does on its own (a consumed event, a scheduled job). */
    public static final String SYSTEM = "system";

    private static final TypeReference<Map<String, List<Object>>> CHANGES = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
    };

    @Inject
    EntityManager entityManager;

    @Inject
    @PersistenceUnitExtension
    WrittenEntities written;

    @Inject
    ObjectMapper json;

    @Inject
    Instance<Caller> caller;

    @Inject
    Instance<OperationOrigin> origin;

    @Inject
    Instance<PersonalData> personalData;

    @Inject
    AuditConfig config;

    /** A write that published no event: what the transaction changed of {@code aggregate}, as {@code action}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(VersionedAggregate aggregate, String action) {
        entityManager.flush();
        recordWrite(aggregate, action, null);
    }

    /**
     * The entry of a write whose changes are flushed: {@code action} names it (the event's type, or a command), and
     * {@code eventId} is the event it published, if any.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordWrite(VersionedAggregate aggregate, String action, UUID eventId) {
        FieldChanges changes = new FieldChanges();
        written.drain().forEach((entity, state) -> changes.compare(
                entity == aggregate ? "" : camel(nameOf(entity)) + "[" + state.id + "]", state.before, state.after,
                AuditedFields.of(WrittenEntities.classOf(entity))));
        append(nameOf(aggregate), idOf(aggregate), aggregate.currentVersion(), action, changes, eventId);
    }

    /**
     * A read that shows the aggregate's personal data (a member list, a trainee) to a caller who may read it is
     * recorded, without the data; for any other caller, who is shown none, nothing is.
     */
    public void personalDataRead(VersionedAggregate aggregate) {
        if (!readsPersonalData()) {
            return;
        }
        String name = nameOf(aggregate);
        String id = idOf(aggregate);
        long version = aggregate.currentVersion();
        QuarkusTransaction.joiningExisting()
                .run(() -> append(name, id, version, READ_PERSONAL_DATA, new FieldChanges(), null));
    }

    /**
     * The aggregate's history, newest first, with personal values masked for a caller who may not read them; a
     * page that shows personal values is itself recorded as a read of personal data.
     */
    public Page<AuditEntry> history(VersionedAggregate aggregate, PageRequest request) {
        PageRequest page = request.validated();
        AuditQuery query = AuditQuery.of(nameOf(aggregate), idOf(aggregate));
        List<AuditEntry> entries = search(query, page.page() * page.size(), page.size());
        if (entries.stream().anyMatch(entry -> !entry.personalFields().isEmpty())) {
            personalDataRead(aggregate);
        }
        return new Page<>(shown(entries), page.page(), page.size(), count(query));
    }

    /** Entries matching {@code query}, newest first, as the caller may see them. */
    public List<AuditEntry> find(AuditQuery query, long skip, int limit) {
        return shown(search(query, skip, limit));
    }

    public long count(AuditQuery query) {
        Where where = where(query);
        Query count = entityManager.createNativeQuery("SELECT count(*) FROM audit_entry" + where.sql);
        where.bind(count);
        return ((Number) count.getSingleResult()).longValue();
    }

    private List<AuditEntry> search(AuditQuery query, long skip, int limit) {
        Where where = where(query);
        Query select = entityManager.createNativeQuery("""
                SELECT at, actor, role, aggregate, aggregate_id, version, action, changes::text,
                       to_json(personal_fields)::text, event_id::text, request_id
                FROM audit_entry""" + where.sql + " ORDER BY position DESC LIMIT :limit OFFSET :skip");
        where.bind(select);
        select.setParameter("limit", limit).setParameter("skip", skip);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        return rows.stream().map(this::entry).toList();
    }

    private List<AuditEntry> shown(List<AuditEntry> entries) {
        return readsPersonalData() ? entries : entries.stream().map(AuditEntry::masked).toList();
    }

    private boolean readsPersonalData() {
        return Arc.container().requestContext().isActive() && personalData.get().readable();
    }

    private void append(String aggregate, String id, long version, String action, FieldChanges changes, UUID eventId) {
        if (!config.enabled()) {
            return;
        }
        Origin from = origin();
        String changesJson = write(changes.changes());
        String[] personal = changes.personalFields().toArray(String[]::new);
        // one plain statement on the transaction's connection, as the outbox does: it runs with every write
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO audit_entry (actor, role, aggregate, aggregate_id, version, action, changes,
                                             personal_fields, event_id, request_id)
                    VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?)
                    """)) {
                insert.setString(1, from.actor());
                insert.setString(2, from.role());
                insert.setString(3, aggregate);
                insert.setString(4, id);
                insert.setLong(5, version);
                insert.setString(6, action);
                insert.setString(7, changesJson);
                insert.setArray(8, connection.createArrayOf("text", personal));
                if (eventId == null) {
                    insert.setNull(9, Types.OTHER);
                } else {
                    insert.setObject(9, eventId);
                }
                insert.setString(10, from.requestId());
                insert.executeUpdate();
            }
        });
    }

    /** Who, in which role, in which request; {@link #SYSTEM} outside a caller's request. */
    private record Origin(String actor, String role, String requestId) {
    }

    private Origin origin() {
        if (!Arc.container().requestContext().isActive()) {
            return new Origin(SYSTEM, "", null);
        }
        Caller who = caller.get();
        OperationOrigin operation = origin.get();
        String actor = who.name().orElse(SYSTEM);
        return new Origin(actor, role(who.roles(), operation.admittedRoles()), operation.requestId().orElse(null));
    }

    /** The caller's roles that the operation admits; all the caller's roles when it names none. */
    static String role(Set<String> callerRoles, Set<String> admitted) {
        Set<String> allowing = new TreeSet<>(callerRoles);
        if (!admitted.isEmpty()) {
            allowing.retainAll(admitted);
        }
        return String.join(",", allowing);
    }

    private String idOf(Object aggregate) {
        // from the entity itself: a read's aggregate was loaded outside the transaction that records the read
        return String.valueOf(entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(aggregate));
    }

    private static String nameOf(Object entity) {
        return WrittenEntities.classOf(entity).getSimpleName();
    }

    private AuditEntry entry(Object[] row) {
        try {
            Map<String, List<Object>> changes = json.readValue((String) row[7], CHANGES);
            List<String> personal = json.readValue((String) row[8], NAMES);
            return new AuditEntry(instant(row[0]), (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                    row[5] == null ? null : ((Number) row[5]).longValue(), (String) row[6],
                    new LinkedHashMap<>(changes), personal, row[9] == null ? null : UUID.fromString((String) row[9]),
                    (String) row[10]);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audit entry that is not JSON", e);
        }
    }

    private String write(Map<String, List<Object>> changes) {
        try {
            return json.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("changes that cannot be written as JSON", e);
        }
    }

    private static String camel(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** The conditions of a query, each present only when its filter is given. */
    private record Where(String sql, Map<String, Object> parameters) {
        void bind(Query query) {
            parameters.forEach(query::setParameter);
        }
    }

    private static Where where(AuditQuery query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        condition(conditions, parameters, "actor = :actor", "actor", query.actor());
        condition(conditions, parameters, "aggregate = :aggregate", "aggregate", query.aggregate());
        condition(conditions, parameters, "aggregate_id = :id", "id", query.id());
        condition(conditions, parameters, "at >= :from", "from", query.from() == null ? null
                : OffsetDateTime.ofInstant(query.from(), java.time.ZoneOffset.UTC));
        condition(conditions, parameters, "at < :to", "to", query.to() == null ? null
                : OffsetDateTime.ofInstant(query.to(), java.time.ZoneOffset.UTC));
        condition(conditions, parameters, "request_id = :requestId", "requestId", query.requestId());
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), parameters);
    }

    private static void condition(List<String> conditions, Map<String, Object> parameters, String condition,
            String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
    }
}
