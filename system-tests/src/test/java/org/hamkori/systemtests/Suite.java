package org.hamkori.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamkori.scenario.DemoSignIn;
import org.hamkori.testkit.Eventually;

/**
 * The five packaged services as separate processes on the real local PostgreSQL, Kafka and Keycloak,
 * started once for all system tests (on ports 2808x, management 2908x, away from a developer's running
 * suite) and stopped when the test JVM exits. They trust the tokens of the local Keycloak, as deployed.
 */
final class Suite {

    static final Path ROOT = Path.of(System.getProperty("hamkori.root", "..")).toAbsolutePath().normalize();
    static final Duration READY_WITHIN = Duration.ofSeconds(120);

    enum Service {
        CENTERS("centers-service", 28081),
        GROUPS("groups-service", 28082),
        TRAINING("training-service", 28083),
        REPORTING("reporting-service", 28084),
        WEBHOOKS("webhooks-service", 28085),
        /** Second instances on the same databases, topics and consumer groups (outbox replicas, scale-out). */
        CENTERS_REPLICA("centers-service", 28091),
        GROUPS_REPLICA("groups-service", 28092),
        TRAINING_REPLICA("training-service", 28093),
        REPORTING_REPLICA("reporting-service", 28094);

        final String directory;
        final int port;

        Service(String directory, int port) {
            this.directory = directory;
            this.port = port;
        }

        String url() {
            return "http://127.0.0.1:" + port;
        }

        /** The service's own database, named after it (SPEC §1: a database per service). */
        String database() {
            return directory.substring(0, directory.indexOf("-service"));
        }

        /** Health and metrics: the management interface. */
        String managementUrl() {
            return "http://127.0.0.1:" + (port + 1000);
        }
    }

    /**
     * The test JVMs' options (the parent pom's {@code test.jvm.options}): the services live for minutes here, where
     * the client compiler alone and the serial collector cost less CPU than a peak they would not reach.
     */
    private static final String SERVICE_JVM_OPTIONS = System.getProperty("hamkori.service.jvm-options", "");

    private static final Map<Service, Process> RUNNING = new LinkedHashMap<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Where the services export their spans (only the sampled ones: a request that asks for its trace). */
    static final OtlpReceiver TRACES = OtlpReceiver.start();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Suite::stopAll));
    }

    private Suite() {
    }

    private static final List<Service> SUITE = List.of(Service.CENTERS, Service.GROUPS,
            Service.TRAINING, Service.REPORTING, Service.WEBHOOKS);

    /** Starts whatever of the suite is not running yet and waits until every service is ready. */
    static synchronized void ensureRunning() {
        ensureRunning(SUITE);
    }

    /** Starts those of {@code services} not running yet, all at once, and waits until each one is ready. */
    static synchronized void ensureRunning(List<Service> services) {
        // ./hamkori test starts Keycloak while the build runs: the services fetch its keys, the tests sign in
        Eventually.until("a demo user signs in at " + DemoSignIn.issuer(), READY_WITHIN, Suite::demoUserSignsIn);
        for (Service service : services) {
            Process process = RUNNING.get(service);
            if (process == null || !process.isAlive()) {
                RUNNING.put(service, launch(service));
            }
        }
        for (Service service : services) {
            awaitReady(service);
        }
    }

    /** Kills a service the hard way (SIGKILL), as a crash would. */
    static synchronized void kill(Service service) throws InterruptedException {
        Process process = RUNNING.remove(service);
        if (process != null) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /**
     * Stops a service as Kubernetes does (SIGTERM) and waits for it to exit, at most {@code gracePeriod}; false when
     * it was still running then (it is killed).
     */
    static synchronized boolean terminate(Service service, Duration gracePeriod) throws InterruptedException {
        Process process = RUNNING.remove(service);
        if (process == null) {
            return true;
        }
        process.destroy();
        if (process.waitFor(gracePeriod.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            return true;
        }
        process.destroyForcibly().waitFor();
        return false;
    }

    /** Starts (or restarts) one service and waits until it is ready. */
    static synchronized void restart(Service service) {
        RUNNING.put(service, launch(service));
        awaitReady(service);
    }

    /** VmRSS of a running service, as the kernel reports it. */
    static synchronized String residentMemory(Service service) {
        Process process = RUNNING.get(service);
        if (process == null || !process.isAlive()) {
            return "not running";
        }
        try {
            return Files.readAllLines(Path.of("/proc/" + process.pid() + "/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:")).map(line -> line.substring(6).trim())
                    .findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    static void kafka(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", ROOT.resolve("infra/kafka.sh").toString(), command)
                .directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(ROOT.resolve("system-tests/target/kafka-control.log").toFile()).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("infra/kafka.sh " + command + " failed; see target/kafka-control.log");
        }
    }

    private static Process launch(Service service) {
        Path jar = ROOT.resolve(service.directory).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw verify does)");
        }
        try {
            Path logs = ROOT.resolve("system-tests/target/system-logs");
            Files.createDirectories(logs);
            // A consumer killed here (SIGKILL) leaves its group only when its session times out: after 6 s (the
            // broker's minimum), not Kafka's default 45 s, its partitions go to the instance that goes on.
            List<String> command = new ArrayList<>(List.of("java", "-Xmx256m"));
            Arrays.stream(SERVICE_JVM_OPTIONS.split("\\s+")).filter(option -> !option.isBlank()).forEach(command::add);
            command.addAll(List.of("-Dkafka.session.timeout.ms=6000", "-Dkafka.heartbeat.interval.ms=2000", "-jar",
                    jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(ROOT.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(service.name().toLowerCase() + ".log").toFile()));
            builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(service.port));
            builder.environment().put("QUARKUS_MANAGEMENT_PORT", Integer.toString(service.port + 1000));
            // five services starting at once on a loaded machine: Flyway's first connection may take longer than 5 s
            builder.environment().put("QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT", "30S");
            builder.environment().put("MP_JWT_VERIFY_ISSUER", DemoSignIn.issuer());
            builder.environment().put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", DemoSignIn.issuer() + "/protocol/openid-connect/certs");
            builder.environment().put("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", TRACES.endpoint());
            builder.environment().put("QUARKUS_OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
            builder.environment().put("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms");
            if (service == Service.TRAINING) {
                // every test comes from one address: the public check's per-client limit is not what they measure
                builder.environment().put("HAMKORI_CERTIFICATE_CHECK_CHECKS_PER_PERIOD", "100000");
            }
            if (service == Service.WEBHOOKS) {
                // as ./hamkori up runs it: receivers on this machine, the public development key of its secrets
                builder.environment().put("HAMKORI_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES", "true");
                builder.environment().put("HAMKORI_WEBHOOKS_ENCRYPTION_KEY", "ZGV2ZWxvcG1lbnQtb25seS13ZWJob29rcy1rZXktMDE=");
            }
            return builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + service.directory, e);
        }
    }

    private static void awaitReady(Service service) {
        Eventually.until(service.directory + " is ready", READY_WITHIN, () -> {
            Process process = RUNNING.get(service);
            if (process == null || !process.isAlive()) {
                throw new IllegalStateException(service.directory + " exited during start-up; see target/system-logs");
            }
            return ready(service);
        });
    }

    private static boolean demoUserSignsIn() {
        try {
            DemoSignIn.token("admin");
            return true;
        } catch (IllegalStateException e) {
            return false; // Keycloak not started yet, or its demo users not added yet
        }
    }

    /** Whether the service's readiness check passes now (false while it is not listening). */
    static boolean ready(Service service) {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(service.managementUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        try {
            return HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void stopAll() {
        RUNNING.values().forEach(Process::destroy);
        for (Process process : RUNNING.values()) {
            try {
                if (!process.waitFor(45, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        RUNNING.clear();
    }
}
