package org.hamkori.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hamkori.testkit.Eventually;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The operations runbook's backup and restore (docs/operations.md "Backup and restore"): `./hamkori backup` of a running suite,
 * a fresh PostgreSQL cluster, `./hamkori restore` with Kafka kept (the topics are the event log), the services
 * started again and reporting's read models rebuilt from the topics: the reports show the same figures.
 */
class BackupRestoreIT {

    static final Duration REBUILT_WITHIN = Duration.ofSeconds(120);

    @BeforeAll
    static void startSuite() {
        Suite.ensureRunning();
    }

    @Test
    void aBackupRestoredIntoAFreshDatabaseShowsTheSameFiguresAfterARebuild() throws Exception {
        String center = Programme.openCenter("KHATLON.FARKHOR", "NEW_BUILD", "2021-06-21");
        Programme.Reports before = Programme.settledReports();
        Path backup = Suite.ROOT.resolve("system-tests/target/backup-" + System.currentTimeMillis());

        run("./hamkori", "backup", backup.toString());
        for (Suite.Service service : List.of(Suite.Service.CENTERS, Suite.Service.GROUPS, Suite.Service.TRAINING,
                Suite.Service.REPORTING, Suite.Service.WEBHOOKS)) {
            Suite.kill(service);
        }
        run("infra/postgres.sh", "reset");
        run("infra/postgres.sh", "up");
        run("./hamkori", "restore", backup.toString());
        Suite.ensureRunning();

        Programme.as("coordinator", Suite.Service.CENTERS).get("/centers/{id}", center).then().statusCode(200);
        int generation = Programme.as("admin", Suite.Service.REPORTING).post("/admin/rebuild")
                .then().statusCode(202).extract().path("number");
        Eventually.until("generation " + generation + " is rebuilt and active", REBUILT_WITHIN, () ->
                "ACTIVE".equals(Programme.as("admin", Suite.Service.REPORTING).get("/admin/rebuild").then()
                        .statusCode(200).extract().path("generations.find { it.number == " + generation + " }.state")));
        Programme.Reports after = Programme.settledReports();

        assertEquals(figures(before.overview().getMap("$")), figures(after.overview().getMap("$")));
        assertEquals(before.districts().getList("rows"), after.districts().getList("rows"));
    }

    /** The report without its timestamps (when it was made, when the newest event was published). */
    private static Map<String, Object> figures(Map<String, Object> report) {
        report.remove("asOf");
        report.remove("lastEventAt");
        return report;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Path log = Suite.ROOT.resolve("system-tests/target/backup-restore.log");
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).directory(Suite.ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        assertEquals(0, process.waitFor(), String.join(" ", command) + " failed; see target/backup-restore.log");
    }
}
