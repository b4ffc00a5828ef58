package org.hamkori.replica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hamkori.contract.centers.CenterClosed;
import org.hamkori.contract.centers.CenterDetailsChanged;
import org.hamkori.contract.centers.CenterOpened;
import org.hamkori.contract.centers.CenterRegistered;
import org.hamkori.contract.centers.CenterRenovated;
import org.hamkori.contract.centers.CenterRenovationStarted;
import org.hamkori.kit.inbox.InboundEvent;
import org.hamkori.kit.inbox.InboxHandler;
import org.hibernate.Session;

/** Keeps {@code center_replica} current; a centre's row only moves forward by {@code ce_sequence}. */
@ApplicationScoped
public class CenterReplicaProjector implements InboxHandler {

    private static final String UPSERT = """
            INSERT INTO center_replica (center_id, code, name, region_code, district_code, status, opened_on,
                    last_sequence)
            VALUES (?, CAST(? AS varchar), CAST(? AS varchar), CAST(? AS varchar), CAST(? AS varchar),
                    COALESCE(CAST(? AS varchar), 'PLANNED'), CAST(? AS date), ?)
            ON CONFLICT (center_id) DO UPDATE SET
                code = COALESCE(EXCLUDED.code, center_replica.code),
                name = COALESCE(EXCLUDED.name, center_replica.name),
                region_code = COALESCE(EXCLUDED.region_code, center_replica.region_code),
                district_code = COALESCE(EXCLUDED.district_code, center_replica.district_code),
                status = COALESCE(CAST(? AS varchar), center_replica.status),
                opened_on = COALESCE(EXCLUDED.opened_on, center_replica.opened_on),
                last_sequence = EXCLUDED.last_sequence
            WHERE center_replica.last_sequence < EXCLUDED.last_sequence
            """;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "mp.messaging.incoming.centers-events.topic")
    String topic;

    @Override
    public Set<String> topics() {
        return Set.of(topic);
    }

    @Override
    public void apply(InboundEvent event) {
        apply(List.of(event), EventScope.NONE);
    }

    /** The batch's upserts in order, in one JDBC batch (one round trip). */
    @Override
    public void apply(List<InboundEvent> events, EventScope each) {
        List<Upsert> upserts = new ArrayList<>();
        for (InboundEvent event : events) {
            each.run(event, () -> upsertOf(event).ifPresent(upserts::add));
        }
        if (upserts.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(UPSERT)) {
                if (upserts.size() == 1) {
                    upserts.get(0).bind(statement);
                    statement.executeUpdate();
                    return;
                }
                for (Upsert upsert : upserts) {
                    upsert.bind(statement);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        });
    }

    private static Optional<Upsert> upsertOf(InboundEvent event) {
        Object payload = event.payload();
        long sequence = event.sequence();
        if (payload instanceof CenterRegistered e) {
            return Optional.of(new Upsert(e.centerId(), sequence, null, e.code(), e.name(), e.regionCode(),
                    e.districtCode(), null));
        } else if (payload instanceof CenterDetailsChanged e) {
            return Optional.of(new Upsert(e.centerId(), sequence, null, e.code(), e.name(), e.regionCode(),
                    e.districtCode(), null));
        } else if (payload instanceof CenterOpened e) {
            return Optional.of(new Upsert(e.centerId(), sequence, "OPEN", null, null, e.regionCode(),
                    e.districtCode(), e.openedOn()));
        } else if (payload instanceof CenterRenovationStarted e) {
            return Optional.of(new Upsert(e.centerId(), sequence, "UNDER_RENOVATION", null, null, null, null, null));
        } else if (payload instanceof CenterRenovated e) {
            return Optional.of(new Upsert(e.centerId(), sequence, "OPEN", null, null, null, null, null));
        } else if (payload instanceof CenterClosed e) {
            return Optional.of(new Upsert(e.centerId(), sequence, "CLOSED", null, null, null, null, null));
        }
        return Optional.empty();
    }

    /** What an event changes in its centre's row; null leaves a column as it is (or its default on insert). */
    private record Upsert(UUID centerId, long sequence, String status, String code, String name, String regionCode,
            String districtCode, LocalDate openedOn) {

        void bind(PreparedStatement statement) throws SQLException {
            statement.setObject(1, centerId);
            setText(statement, 2, code);
            setText(statement, 3, name);
            setText(statement, 4, regionCode);
            setText(statement, 5, districtCode);
            setText(statement, 6, status);
            if (openedOn == null) {
                statement.setNull(7, Types.DATE);
            } else {
                statement.setObject(7, openedOn);
            }
            statement.setLong(8, sequence);
            setText(statement, 9, status);
        }

        private static void setText(PreparedStatement statement, int index, String value) throws SQLException {
            if (value == null) {
                statement.setNull(index, Types.VARCHAR);
            } else {
                statement.setString(index, value);
            }
        }
    }
}
