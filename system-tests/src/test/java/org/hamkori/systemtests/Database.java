package org.hamkori.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hamkori.testkit.Eventually;

/**
 * The local PostgreSQL cluster as its administrator sees it: a database can be made to refuse connections
 * (as during a failover or a maintenance window), and the whole server can crash and come back.
 */
final class Database {

    private static final Path PGDATA = Suite.ROOT.resolve(".hamkori/pgdata");
    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:"
            + System.getenv().getOrDefault("HAMKORI_PG_PORT", "5432") + "/postgres";

    private Database() {
    }

    /** An outage of one service's database: it refuses every connection until closed. */
    static final class Outage implements AutoCloseable {

        private final String database;
        private final Instant began = Instant.now();

        private Outage(String database) {
            this.database = database;
        }

        /** Keeps the outage going until it has lasted {@code duration}, checking the condition meanwhile. */
        void lastAtLeast(Duration duration) {
            Eventually.until("the outage of database " + database + " has lasted " + duration,
                    duration.plusSeconds(30), () -> Duration.between(began, Instant.now()).compareTo(duration) >= 0);
        }

        @Override
        public void close() {
            admin("ALTER DATABASE \"" + database + "\" ALLOW_CONNECTIONS true");
        }
    }

    /** The database refuses new connections and loses the ones it had, as if it had failed over. */
    static Outage refuseConnections(String database) {
        admin("ALTER DATABASE \"" + database + "\" ALLOW_CONNECTIONS false",
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
        return new Outage(database);
    }

    /** Writes every committed transaction to disk now. */
    static void checkpoint() {
        admin("CHECKPOINT");
    }

    /** The server crashes: the postmaster and every backend get SIGKILL, nothing is shut down cleanly. */
    static void crash() throws IOException, InterruptedException {
        long postmaster = Long.parseLong(Files.readAllLines(PGDATA.resolve("postmaster.pid")).get(0).trim());
        List<ProcessHandle> backends = ProcessHandle.of(postmaster).map(p -> p.descendants().toList())
                .orElse(List.of());
        ProcessHandle.of(postmaster).ifPresent(ProcessHandle::destroyForcibly);
        backends.forEach(ProcessHandle::destroyForcibly);
        Eventually.until("PostgreSQL's processes are gone", Duration.ofSeconds(30), () ->
                ProcessHandle.of(postmaster).isEmpty() && backends.stream().noneMatch(ProcessHandle::isAlive));
    }

    /** Starts the server again (crash recovery runs as on any restart). */
    static void start() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", Suite.ROOT.resolve("infra/postgres.sh").toString(), "up")
                .directory(Suite.ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        Suite.ROOT.resolve("system-tests/target/postgres-control.log").toFile()))
                .start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("infra/postgres.sh up failed; see target/postgres-control.log");
        }
    }

    private static void admin(String... statements) {
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, "postgres", superuserPassword());
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("as the database administrator: " + e.getMessage(), e);
        }
    }

    private static String superuserPassword() {
        try {
            return Files.readString(Suite.ROOT.resolve(".hamkori/postgres-superuser-password")).trim();
        } catch (IOException e) {
            throw new IllegalStateException("the local cluster's superuser password is missing", e);
        }
    }
}
