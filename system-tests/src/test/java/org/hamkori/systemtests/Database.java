package org.hamkori.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.hamkori.testkit.DatabaseOutage;
import org.hamkori.testkit.Eventually;
import org.hamkori.testkit.LocalServers;

/**
 * The local PostgreSQL server as its administrator sees it: it can flush to disk, crash and come back (a single
 * database refusing connections is the test kit's {@link DatabaseOutage}).
 */
final class Database {

    private static final Path PGDATA = LocalServers.stateDirectory().resolve("pgdata");

    private Database() {
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

    private static void admin(String sql) {
        try (Connection connection = DatabaseOutage.superuser("postgres");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("as the database administrator: " + e.getMessage(), e);
        }
    }
}
