package org.hamkori.training;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamkori.training.TrainingApi.as;
import static org.hamkori.training.TrainingApi.createCourse;
import static org.hamkori.training.TrainingApi.schedule;
import static org.hamkori.training.TrainingApi.session;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hamkori.contract.centers.CenterClosed;
import org.hamkori.contract.centers.CenterOpened;
import org.hamkori.contract.centers.CenterRegistered;
import org.hamkori.contract.centers.CenterRenovationStarted;
import org.hamkori.contract.centers.ConstructionType;
import org.hamkori.testkit.ConsumerLag;
import org.hamkori.testkit.TestEventsFixture;
import org.junit.jupiter.api.Test;

/** Sessions at centres, known only from the local replica fed by records written to centers.events. */
@QuarkusTest
class SessionAtCenterTest extends TestEventsFixture {

    private static final String ISFARA = "SUGHD.ISFARA";

    private static UUID registeredCenter() {
        UUID id = UUID.randomUUID();
        events.send(new CenterRegistered(id, "C-" + id.toString().substring(0, 8).toUpperCase(), "Isfara centre",
                "SUGHD", ISFARA, "Isfara", new BigDecimal("40.1265"), new BigDecimal("70.6253"),
                ConstructionType.NEW_BUILD, List.of("US_EMBASSY"), 6), 0);
        return id;
    }

    private static UUID openCenter() {
        UUID id = registeredCenter();
        events.send(new CenterOpened(id, LocalDate.parse("2021-06-21"), "SUGHD", ISFARA, ConstructionType.NEW_BUILD,
                List.of("US_EMBASSY")), 1);
        return id;
    }

    private static void awaitReplica() {
        String group = ConfigProvider.getConfig().getValue("mp.messaging.incoming.centers-events.group.id", String.class);
        ConsumerLag.awaitCaughtUp(group, List.of("centers.events"), Duration.ofSeconds(60));
    }

    private static Map<String, Object> sessionAt(UUID center) {
        Map<String, Object> body = session(createCourse(20, 70));
        body.remove("districtCode");
        body.put("centerId", center.toString());
        return body;
    }

    /** A session at a centre opened on 2021-06-21 in Isfara, once the replica knows the centre. */
    private static Map<String, Object> sessionAtAnOpenCenter() {
        UUID center = openCenter();
        awaitReplica();
        return sessionAt(center);
    }

    @Test
    void aSessionAtAnOpenCenterTakesTheCentersRegionAndDistrict() {
        UUID center = openCenter();
        awaitReplica();

        Map<String, Object> body = sessionAt(center);
        String id = schedule(body).then()
                .statusCode(201)
                .body("centerId", equalTo(center.toString()))
                .body("regionCode", equalTo("SUGHD"))
                .body("districtCode", equalTo(ISFARA))
                .extract().path("id");
        as("analyst").get("/sessions?centerId={c}", center).then().body("items.id", equalTo(List.of(id)));

        body.put("districtCode", ISFARA);
        body.put("regionCode", "SUGHD");
        schedule(body).then().statusCode(201).body("districtCode", equalTo(ISFARA));
    }

    @Test
    void aPlaceNamedBesideTheCenterMustBeTheCenters() {
        Map<String, Object> atTheCenter = sessionAtAnOpenCenter();
        for (Map.Entry<String, String> elsewhere : List.of(Map.entry("districtCode", "KHATLON.QUBODIYON"),
                Map.entry("districtCode", "SUGHD.ISTARAVSHAN"), Map.entry("regionCode", "KHATLON"))) {
            Map<String, Object> body = new HashMap<>(atTheCenter);
            body.put(elsewhere.getKey(), elsewhere.getValue());
            schedule(body).then().statusCode(400).body("errors.field", hasItem(elsewhere.getKey()));
        }
    }

    @Test
    void aSessionAtACenterCannotStartBeforeTheCenterOpened() {
        Map<String, Object> body = sessionAtAnOpenCenter();
        body.put("startsOn", "2021-06-20");
        schedule(body).then().statusCode(409).body("detail", containsString("2021-06-21"));
        body.put("startsOn", "2021-06-21");
        schedule(body).then().statusCode(201);
    }

    @Test
    void aCenterThatIsUnknownHereIsAConflict() {
        schedule(sessionAt(UUID.randomUUID())).then()
                .statusCode(409).contentType("application/problem+json").body("detail", containsString("unknown"));
    }

    @Test
    void aCenterThatIsNotOpenIsAConflict() {
        UUID planned = registeredCenter();
        UUID renovating = openCenter();
        events.send(new CenterRenovationStarted(renovating, LocalDate.parse("2022-01-01")), 2);
        UUID closed = openCenter();
        events.send(new CenterClosed(closed, LocalDate.parse("2023-01-01"), "Merged"), 2);
        awaitReplica();

        schedule(sessionAt(planned)).then().statusCode(409).body("detail", containsString("PLANNED"));
        schedule(sessionAt(renovating)).then().statusCode(409).body("detail", containsString("UNDER_RENOVATION"));
        schedule(sessionAt(closed)).then().statusCode(409).body("detail", containsString("CLOSED"));
    }

    @Test
    void aCenterThatOpensLaterTakesSessionsFromThen() {
        UUID center = registeredCenter();
        awaitReplica();
        Map<String, Object> body = sessionAt(center);
        schedule(body).then().statusCode(409);

        events.send(new CenterOpened(center, LocalDate.parse("2021-06-21"), "SUGHD", ISFARA,
                ConstructionType.NEW_BUILD, List.of()), 1);
        awaitReplica();
        schedule(body).then().statusCode(201).body("districtCode", equalTo(ISFARA));
    }
}
