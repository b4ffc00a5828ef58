package org.hamkori.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A service's database refusing connections, as in an outage: its sessions are terminated and new ones refused until
 * {@link #close()}. Works as PostgreSQL's superuser of the local cluster ({@code infra/postgres.sh}), whose password
 * is in {@code postgres-superuser-password} of its state directory ({@link LocalServers}).
 */
public final class DatabaseOutage implements AutoCloseable {

    private final String database;
    private final Instant began = Instant.now();

    private DatabaseOutage(String database) {
        this.database = database;
    }

    /** Keeps the outage going until it has lasted {@code duration}. */
    public void lastAtLeast(Duration duration) {
        Eventually.until("the outage of database " + database + " has lasted " + duration, duration.plusSeconds(30),
                () -> Duration.between(began, Instant.now()).compareTo(duration) >= 0);
    }

    /** The database the service under test is configured with (its {@code %test} profile's, not a running suite's). */
    public static String serviceDatabase() {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** Terminates the database's sessions and refuses new ones. */
    public static DatabaseOutage begin(String database) {
        DatabaseOutage outage = new DatabaseOutage(database);
        outage.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false",
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database
                        + "' AND pid <> pg_backend_pid()");
        return outage;
    }

    /** Accepts connections again. */
    @Override
    public void close() {
        execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
    }

    private void execute(String... statements) {
        try (Connection connection = superuser("postgres"); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not run " + String.join("; ", statements), e);
        }
    }

    /** A superuser connection to {@code database} of the local cluster (e.g. to change what the service may write). */
    public static Connection superuser(String database) throws SQLException {
        String port = System.getenv().getOrDefault("HAMKORI_PG_PORT", "5432");
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, "postgres",
                superuserPassword());
    }

    private static String superuserPassword() {
        Path file = LocalServers.stateDirectory().resolve("postgres-superuser-password");
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + " (start PostgreSQL with infra/postgres.sh up)", e);
        }
    }
}
