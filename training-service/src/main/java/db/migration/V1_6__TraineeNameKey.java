package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.hamkori.training.Trainee;

/**
 * Gives every trainee the key their name is compared by (ICU transliteration, {@link Trainee#nameKeyOf}), which SQL
 * cannot compute. A Java migration (in Flyway's location {@code db/migration}, where Quarkus finds them), so that
 * the column is filled in the same versioned step that adds it, once, under Flyway's lock (replicas starting
 * together do not both fill it), and is NOT NULL from then on.
 */
public class V1_6__TraineeNameKey extends BaseJavaMigration {

    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE trainee ADD COLUMN name_key TEXT");
        }
        try (Statement select = connection.createStatement();
                ResultSet trainees = select.executeQuery("SELECT id, full_name FROM trainee");
                PreparedStatement update = connection.prepareStatement("UPDATE trainee SET name_key = ? WHERE id = ?")) {
            int pending = 0;
            while (trainees.next()) {
                update.setString(1, Trainee.nameKeyOf(trainees.getString("full_name")));
                update.setObject(2, trainees.getObject("id", UUID.class));
                update.addBatch();
                if (++pending == BATCH) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            update.executeBatch();
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE trainee ALTER COLUMN name_key SET NOT NULL");
            // duplicate detection looks trainees up by birth year; the name search scans name keys
            ddl.execute("CREATE INDEX trainee_birth_year ON trainee (birth_year)");
        }
    }
}
