package org.hamkori.reporting.readmodel;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.hamkori.reporting.Generation;
import org.hibernate.Session;

/**
 * The statements that apply a list of events to a generation, collected and then sent in order: a run of
 * consecutive statements with the same SQL goes to the database as one JDBC batch (one round trip), so the outcome
 * is that of running them one by one. The projectors only write, never read, so nothing waits for an answer.
 */
final class ReadModelWrites {

    private record Write(String sql, Object[] parameters) {
    }

    private final Generation generation;
    private final List<Write> writes = new ArrayList<>();

    ReadModelWrites(Generation generation) {
        this.generation = generation;
    }

    /** A statement of {@code template} ({@code {rm}} for the generation's schema, {@code ?} for the parameters). */
    void add(String template, Object... parameters) {
        writes.add(new Write(generation.sql(template), parameters));
    }

    /** Sends what was added, in the caller's transaction. */
    void send(EntityManager entityManager) {
        if (writes.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            int start = 0;
            while (start < writes.size()) {
                String sql = writes.get(start).sql();
                int end = start + 1;
                while (end < writes.size() && writes.get(end).sql().equals(sql)) {
                    end++;
                }
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    if (end - start == 1) {
                        bind(statement, writes.get(start).parameters());
                        statement.executeUpdate();
                    } else {
                        for (Write write : writes.subList(start, end)) {
                            bind(statement, write.parameters());
                            statement.addBatch();
                        }
                        statement.executeBatch();
                    }
                }
                start = end;
            }
        });
        writes.clear();
    }

    private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] == null) {
                statement.setNull(i + 1, Types.OTHER);
            } else {
                statement.setObject(i + 1, parameters[i]);
            }
        }
    }
}
