package org.hamkori.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.hamkori.testkit.DatabaseOutage;
import org.hamkori.testkit.Eventually;
import org.hamkori.testkit.PublishedEvents;
import org.hamkori.testkit.PublishedEvents.Published;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * training-service killed (SIGKILL) in the middle of committing a trainers' register for a session (SPEC §6): the
 * import outlives the crash and the restarted service finishes its commit by itself, with every accepted row
 * registered and enrolled exactly once; nothing is left half-done, the same commit sent again answers the same
 * trainees, the same file again registers nobody, and the enrolments' events (the session's completion and each
 * certificate, since registering and enrolling publish none) are on {@code training.events} once each.
 */
class TraineeImportCrashIT {

    /** A session's capacity is at most 1,000 places: five batches of 200 rows, each row with its enrolment. */
    private static final int ROWS = 1_000;
    private static final String CERTIFIED = "org.hamkori.training.TraineeCertified.v1";
    private static final String COMPLETED = "org.hamkori.training.TrainingSessionCompleted.v1";
    private static final String SCHEDULED = "org.hamkori.training.TrainingSessionScheduled.v1";
    private static final List<String> GIVEN_NAMES = List.of("Malika", "Rustam", "Nilufar", "Suhrob", "Shahlo",
            "Farrukh", "Zarina", "Bahrom", "Madina", "Jamshed");
    private static final List<String> DISTRICTS = List.of("KHATLON.QUBODIYON", "KHATLON.FARKHOR", "SUGHD.ISFARA",
            "KHATLON.JAYHUN");
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void startSuite() {
        Suite.ensureRunning();
    }

    @Test
    void aRegisterCommitCutShortByAKillIsFinishedAfterTheRestartWithEachRowAppliedOnceWithItsEnrolment()
            throws Exception {
        String session = scheduleSessionForAThousand();
        List<String> names = uniqueNames();
        byte[] register = register(names);
        String importId = upload(register, session);
        assertEquals(ROWS, trainer().get("/imports/{id}", importId).then().statusCode(200).extract()
                .jsonPath().getInt("summary.valid"), "every row of the register is a new, valid trainee");

        String key = "register-" + importId;
        CompletableFuture<Integer> cutShort = CompletableFuture.supplyAsync(() -> commit(importId, key).statusCode());
        Awaitility.await("the commit has applied its first batch").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(10)).until(() -> applied(importId) > 0);
        Suite.kill(Suite.Service.TRAINING);

        int appliedAtTheKill = applied(importId);
        assertTrue(appliedAtTheKill > 0 && appliedAtTheKill < ROWS,
                "the kill came mid-commit: " + appliedAtTheKill + " of " + ROWS + " rows applied");
        assertTrue(cutShort.handle((status, failure) -> failure != null).get(60, TimeUnit.SECONDS),
                "the commit request got no answer: its connection died with the service");
        assertEveryAppliedRowIsOneTraineeWithItsEnrolment(importId, session, names);

        Suite.restart(Suite.Service.TRAINING);
        Eventually.value("the restarted service finishes the commit by itself", Duration.ofSeconds(180),
                () -> progress(importId), progress -> progress.startsWith("COMMITTED,"));
        JsonPath committed = trainer().get("/imports/{id}", importId).then().statusCode(200).extract().jsonPath();
        assertEquals(ROWS, committed.getInt("summary.created"));
        assertEveryAppliedRowIsOneTraineeWithItsEnrolment(importId, session, names);
        Set<UUID> trainees = createdTrainees(importId);
        assertEquals(ROWS, trainees.size());
        assertEquals(trainees, enrolled(session), "the session's enrolments are exactly the register's trainees");
        assertEquals(Map.of(1, ROWS), auditEntriesPerTrainee(trainees),
                "each row that registered a trainee left one audit entry (ImportTrainee), none twice");

        assertEquals(committed.getList("rows.traineeId"), commit(importId, key).then().statusCode(200).extract()
                .jsonPath().getList("rows.traineeId"), "the commit sent again under its key answers the same trainees");
        String again = upload(register, session);
        JsonPath secondCommit = commit(again, "register-" + again).then().statusCode(200).extract().jsonPath();
        assertEquals(ROWS, secondCommit.getInt("summary.skipped"), "the same file again registers nobody");
        assertEquals(0, secondCommit.getInt("summary.created") + secondCommit.getInt("summary.merged"));
        assertEveryAppliedRowIsOneTraineeWithItsEnrolment(importId, session, names);
        assertEquals(trainees, enrolled(session));

        recordEveryonePassed(session, trainees);
        assertEnrolmentsEventsArePublishedOnce(session, trainees);
    }

    private static String scheduleSessionForAThousand() {
        String course = "IMP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Programme.courseRequest(course).then().statusCode(201);
        return Programme.as("trainer", Suite.Service.TRAINING)
                .body(Map.of("courseCode", course, "startsOn", "2021-09-01", "endsOn", "2021-09-02",
                        "districtCode", "KHATLON.QUBODIYON", "venue", "Hukumat hall", "partnerCode", "SAFERWORLD",
                        "trainers", List.of("trainer"), "capacity", ROWS))
                .post("/sessions").then().statusCode(201).extract().path("id");
    }

    /**
     * A given name and a surname of random syllables no other run uses: names this unlike are no possible duplicates
     * of each other or of anyone registered, so every row is VALID.
     */
    private static List<String> uniqueNames() {
        String consonants = "bdfghjklmnprstvz";
        String vowels = "aeiu";
        Set<String> names = new HashSet<>();
        while (names.size() < ROWS) {
            StringBuilder surname = new StringBuilder();
            for (int i = 0; i < 5; i++) {
                surname.append(consonants.charAt(ThreadLocalRandom.current().nextInt(consonants.length())))
                        .append(vowels.charAt(ThreadLocalRandom.current().nextInt(vowels.length())));
            }
            surname.setCharAt(0, Character.toUpperCase(surname.charAt(0)));
            names.add(GIVEN_NAMES.get(names.size() % GIVEN_NAMES.size()) + " " + surname + "zoda");
        }
        return List.copyOf(names);
    }

    private static byte[] register(List<String> names) {
        StringBuilder csv = new StringBuilder("fullName,sex,birthYear,category,districtCode,phone\n");
        for (int i = 0; i < names.size(); i++) {
            csv.append(names.get(i)).append(',').append(i % 2 == 0 ? "FEMALE" : "MALE").append(',')
                    .append(1960 + i % 45).append(',').append(i % 3 == 0 ? "POLICE_OFFICER" : "CITIZEN").append(',')
                    .append(DISTRICTS.get(i % DISTRICTS.size())).append(",+992 93 ")
                    .append(String.format("%03d %04d", i % 1000, i)).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String upload(byte[] register, String session) {
        return given().baseUri(Suite.Service.TRAINING.url()).auth().oauth2(SignIn.token("trainer"))
                .multiPart("file", "register.csv", register, "text/csv").multiPart("sessionId", session)
                .post("/imports/trainees").then().statusCode(202).extract().path("id");
    }

    private static Response commit(String importId, String key) {
        return trainer().header("Idempotency-Key", key).body(Map.of("decisions", List.of()))
                .post("/imports/{id}/commit", importId);
    }

    private static RequestSpecification trainer() {
        return Programme.as("trainer", Suite.Service.TRAINING);
    }

    /** The import's status and how many of its rows registered a trainee, e.g. "COMMITTING, 400 created". */
    private static String progress(String importId) {
        JsonPath traineeImport = trainer().get("/imports/{id}", importId).then().statusCode(200).extract().jsonPath();
        return traineeImport.getString("status") + ", " + traineeImport.getInt("summary.created") + " created";
    }

    /** The rows the commit has applied so far, as the import's table holds them (also while the service is down). */
    private static int applied(String importId) throws SQLException {
        return count("SELECT count(*) FROM trainee_import_row WHERE import_id = ?::uuid AND outcome IS NOT NULL",
                importId);
    }

    /**
     * No row half-done: each applied row registered one trainee, who is enrolled in the session, and nobody else of
     * the register was registered or enrolled; no name of the register is registered twice.
     */
    private static void assertEveryAppliedRowIsOneTraineeWithItsEnrolment(String importId, String session,
            List<String> names) throws SQLException {
        try (Connection training = DatabaseOutage.superuser("training")) {
            Array registerNames = training.createArrayOf("varchar", names.toArray());
            int appliedRows = count(training, "SELECT count(*) FROM trainee_import_row WHERE import_id = ?::uuid"
                    + " AND outcome IS NOT NULL", importId);
            assertEquals(appliedRows, count(training, "SELECT count(*) FROM trainee_import_row WHERE import_id ="
                    + " ?::uuid AND outcome = 'CREATED' AND trainee_id IS NOT NULL", importId),
                    "every applied row registered its trainee");
            assertEquals(appliedRows, count(training, "SELECT count(*) FROM trainee_import_row r JOIN trainee t"
                    + " ON t.id = r.trainee_id AND t.full_name = r.full_name JOIN enrollment e ON e.trainee_id = t.id"
                    + " AND e.session_id = ?::uuid WHERE r.import_id = ?::uuid", session, importId),
                    "every applied row's trainee exists and is enrolled in the session");
            try (PreparedStatement registered = training.prepareStatement(
                    "SELECT count(*), count(DISTINCT full_name) FROM trainee WHERE full_name = ANY(?)")) {
                registered.setArray(1, registerNames);
                try (ResultSet result = registered.executeQuery()) {
                    result.next();
                    assertEquals(appliedRows, result.getInt(1), "one trainee of the register per applied row");
                    assertEquals(appliedRows, result.getInt(2), "no name of the register registered twice");
                }
            }
            assertEquals(appliedRows, count(training, "SELECT count(*) FROM enrollment WHERE session_id = ?::uuid",
                    session), "the session enrols exactly the applied rows' trainees");
        }
    }

    private static Set<UUID> createdTrainees(String importId) throws SQLException {
        return uuids("SELECT trainee_id FROM trainee_import_row WHERE import_id = ?::uuid AND outcome = 'CREATED'",
                importId);
    }

    private static Set<UUID> enrolled(String session) throws SQLException {
        return uuids("SELECT trainee_id FROM enrollment WHERE session_id = ?::uuid", session);
    }

    /** How many trainees have how many ImportTrainee audit entries. */
    private static Map<Integer, Integer> auditEntriesPerTrainee(Set<UUID> trainees) throws SQLException {
        Map<Integer, Integer> traineesByEntries = new HashMap<>();
        try (Connection training = DatabaseOutage.superuser("training");
                PreparedStatement entries = training.prepareStatement("SELECT aggregate_id, count(*) FROM audit_entry"
                        + " WHERE action = 'ImportTrainee' AND aggregate_id = ANY(?) GROUP BY aggregate_id")) {
            entries.setArray(1, training.createArrayOf("varchar", trainees.stream().map(UUID::toString).toArray()));
            try (ResultSet result = entries.executeQuery()) {
                int seen = 0;
                while (result.next()) {
                    traineesByEntries.merge(result.getInt(2), 1, Integer::sum);
                    seen++;
                }
                if (seen < trainees.size()) {
                    traineesByEntries.put(0, trainees.size() - seen);
                }
            }
        }
        return traineesByEntries;
    }

    private static void recordEveryonePassed(String session, Set<UUID> trainees) {
        List<Map<String, Object>> results = trainees.stream()
                .map(trainee -> Map.<String, Object>of("traineeId", trainee, "attendedHours", 16, "score", 90))
                .toList();
        trainer().body(Map.of("results", results)).post("/sessions/{id}/results", session).then().statusCode(200);
    }

    /**
     * The session's events through the outbox, each once: scheduled, completed with every imported trainee enrolled
     * and passed, and one certificate per imported trainee; none names a trainee as its subject (registering and
     * enrolling publish nothing, SPEC §8).
     */
    private static void assertEnrolmentsEventsArePublishedOnce(String session, Set<UUID> trainees) throws Exception {
        PublishedEvents.await("training.events", record -> session.equals(sessionOf(record)), ROWS + 2,
                Duration.ofSeconds(120));
        List<Published> ours = PublishedEvents.all("training.events").stream()
                .filter(record -> session.equals(sessionOf(record))).toList();
        assertEquals(ours.size(), ours.stream().map(record -> record.header("ce_id")).distinct().count(),
                "no event published twice");
        assertEquals(1, ours.stream().filter(record -> SCHEDULED.equals(record.header("ce_type"))).count());
        List<Published> completed = ours.stream().filter(record -> COMPLETED.equals(record.header("ce_type"))).toList();
        assertEquals(1, completed.size());
        JsonNode completion = JSON.readTree(completed.get(0).payload());
        assertEquals(ROWS, completion.get("enrolled").asInt());
        assertEquals(ROWS, completion.get("passed").asInt());
        List<UUID> certified = new ArrayList<>();
        for (Published record : ours) {
            if (CERTIFIED.equals(record.header("ce_type"))) {
                certified.add(UUID.fromString(JSON.readTree(record.payload()).get("traineeId").asText()));
            }
        }
        assertEquals(ROWS, certified.size(), "one TraineeCertified per imported trainee, none twice");
        assertEquals(trainees, Set.copyOf(certified));
        Set<String> traineeIds = trainees.stream().map(UUID::toString).collect(Collectors.toSet());
        assertTrue(PublishedEvents.all("training.events").stream()
                .noneMatch(record -> traineeIds.contains(record.header("ce_subject"))),
                "registering or enrolling a trainee publishes nothing of its own");
    }

    /**
     * The session an event of training.events is about: its subject, or the certificate's session; null for a record
     * that is no certificate at all (other system tests put malformed records on the topic to test dead letters).
     */
    private static String sessionOf(Published record) {
        if (CERTIFIED.equals(record.header("ce_type"))) {
            try {
                JsonNode sessionId = JSON.readTree(record.payload()).path("sessionId");
                return sessionId.isTextual() ? sessionId.asText() : null;
            } catch (IOException e) {
                return null;
            }
        }
        return record.header("ce_subject");
    }

    private static int count(String sql, String... parameters) throws SQLException {
        try (Connection training = DatabaseOutage.superuser("training")) {
            return count(training, sql, parameters);
        }
    }

    private static int count(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    private static Set<UUID> uuids(String sql, String parameter) throws SQLException {
        Set<UUID> ids = new HashSet<>();
        try (Connection training = DatabaseOutage.superuser("training");
                PreparedStatement statement = training.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }
}
