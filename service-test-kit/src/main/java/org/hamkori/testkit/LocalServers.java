package org.hamkori.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the local servers of {@code infra/*.sh} keep their state: {@code HAMKORI_STATE_DIR} when set (the system
 * tests' own PostgreSQL and Kafka in {@code ./hamkori test}), else the repository's {@code .hamkori}.
 */
public final class LocalServers {

    private LocalServers() {
    }

    /** The state directory: data, pids, logs and the PostgreSQL superuser's password. */
    public static Path stateDirectory() {
        String configured = System.getenv("HAMKORI_STATE_DIR");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(".hamkori"))) {
                return dir.resolve(".hamkori");
            }
        }
        throw new IllegalStateException("no .hamkori above " + Path.of("").toAbsolutePath()
                + " (start the local servers with infra/postgres.sh up and infra/kafka.sh up)");
    }
}
