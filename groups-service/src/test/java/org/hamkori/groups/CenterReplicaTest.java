package org.hamkori.groups;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamkori.groups.GroupsApi.awaitReplicaCaughtUp;
import static org.hamkori.groups.GroupsApi.form;
import static org.hamkori.groups.GroupsApi.groupAt;
import static org.hamkori.groups.GroupsApi.publishClosure;
import static org.hamkori.groups.GroupsApi.publishOpenedCenter;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamkori.contract.DomainEvent;
import org.hamkori.contract.EventJson;
import org.hamkori.contract.EventType;
import org.hamkori.contract.centers.CenterOpened;
import org.hamkori.contract.centers.CenterRegistered;
import org.hamkori.contract.centers.CenterRenovated;
import org.hamkori.contract.centers.CenterRenovationStarted;
import org.hamkori.contract.centers.ConstructionType;
import org.hamkori.testkit.TestEvents;
import org.junit.jupiter.api.Test;

/** Groups form only at centres that centers.events says are open; the service never asks centers-service. */
@QuarkusTest
class CenterReplicaTest {

    @Test
    void aGroupFormsAtACenterWhoseOpeningArrived() {
        UUID center = publishOpenedCenter();
        awaitReplicaCaughtUp();
        form(groupAt(center.toString())).then()
                .statusCode(201).body("centerId", equalTo(center.toString()))
                .body("districtCode", equalTo("KHATLON.QUBODIYON")).body("regionCode", equalTo("KHATLON"));
    }

    @Test
    void aGroupIsRefusedAtACenterClosedAfterwards() {
        UUID center = publishOpenedCenter();
        awaitReplicaCaughtUp();
        form(groupAt(center.toString())).then().statusCode(201);

        publishClosure(center, 2);
        awaitReplicaCaughtUp();
        form(groupAt(center.toString())).then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("CLOSED")).body("detail", containsString("not OPEN"));
    }

    @Test
    void aGroupIsRefusedAtAnUnknownCenter() {
        String unknown = UUID.randomUUID().toString();
        form(groupAt(unknown)).then()
                .statusCode(409).contentType("application/problem+json").body("detail", containsString("unknown"));
        GroupsApi.as("coordinator").get("/groups?centerId={c}", unknown).then().body("totalItems", equalTo(0));
    }

    @Test
    void aGroupIsRefusedAtACenterThatIsOnlyPlannedOrUnderRenovation() {
        UUID planned = UUID.randomUUID();
        UUID renovating = publishOpenedCenter();
        try (TestEvents events = new TestEvents()) {
            events.send(registration(planned, "SUGHD", "SUGHD.ISFARA"), 0);
            events.send(new CenterRenovationStarted(renovating, LocalDate.parse("2022-03-01")), 2);
        }
        awaitReplicaCaughtUp();
        form(groupAt(planned.toString())).then().statusCode(409).body("detail", containsString("PLANNED"));
        form(groupAt(renovating.toString())).then().statusCode(409).body("detail", containsString("UNDER_RENOVATION"));

        try (TestEvents events = new TestEvents()) {
            events.send(new CenterRenovated(renovating, LocalDate.parse("2022-09-15"), List.of("SAFERWORLD")), 3);
        }
        awaitReplicaCaughtUp();
        form(groupAt(renovating.toString())).then().statusCode(201);
    }

    @Test
    void aStaleOpeningArrivingAfterTheClosureDoesNotReopenTheCenter() {
        UUID center = publishOpenedCenter();
        publishClosure(center, 2);
        try (TestEvents events = new TestEvents()) {
            events.send(new CenterOpened(center, LocalDate.parse("2021-06-21"), "KHATLON", "KHATLON.QUBODIYON",
                    ConstructionType.NEW_BUILD, List.of("US_EMBASSY")), 1);
        }
        awaitReplicaCaughtUp();
        form(groupAt(center.toString())).then().statusCode(409).body("detail", containsString("CLOSED"));
    }

    @Test
    void theGroupsPlaceIsTheCentersWhereverTheCenterIs() {
        UUID center = UUID.randomUUID();
        try (TestEvents events = new TestEvents()) {
            events.send(registration(center, "SUGHD", "SUGHD.ISTARAVSHAN"), 0);
            events.send(new CenterOpened(center, LocalDate.parse("2021-06-21"), "SUGHD", "SUGHD.ISTARAVSHAN",
                    ConstructionType.RENOVATION, List.of("MVD")), 1);
        }
        awaitReplicaCaughtUp();
        form(groupAt(center.toString())).then()
                .statusCode(201).body("regionCode", equalTo("SUGHD")).body("districtCode", equalTo("SUGHD.ISTARAVSHAN"));
    }

    @Test
    void aCentersWholeHistoryInOneBatchLeavesItOpenInItsDistrictAndARedeliveryOfTheBatchChangesNothing() {
        UUID center = UUID.randomUUID();
        UUID opening = UUID.randomUUID();
        List<TestEvents.Raw> batch = List.of(
                raw(UUID.randomUUID(), registration(center, "SUGHD", "SUGHD.ISFARA"), 0),
                raw(opening, new CenterOpened(center, LocalDate.parse("2021-06-21"), "SUGHD", "SUGHD.ISFARA",
                        ConstructionType.RENOVATION, List.of("MVD")), 1),
                raw(opening, new CenterOpened(center, LocalDate.parse("2021-06-21"), "SUGHD", "SUGHD.ISFARA",
                        ConstructionType.RENOVATION, List.of("MVD")), 1),
                raw(UUID.randomUUID(), new CenterRenovationStarted(center, LocalDate.parse("2022-03-01")), 2),
                raw(UUID.randomUUID(), new CenterRenovated(center, LocalDate.parse("2022-09-15"),
                        List.of("SAFERWORLD")), 3));

        TestEvents.sendRawTogether("centers.events", batch);
        awaitReplicaCaughtUp();
        form(groupAt(center.toString())).then()
                .statusCode(201).body("regionCode", equalTo("SUGHD")).body("districtCode", equalTo("SUGHD.ISFARA"));

        TestEvents.sendRawTogether("centers.events", batch.subList(0, 4));
        awaitReplicaCaughtUp();
        form(groupAt(center.toString())).then().statusCode(201);
    }

    /** The record a producing centers-service would publish for the event. */
    private static TestEvents.Raw raw(UUID ceId, DomainEvent event, long sequence) {
        EventType type = event.eventType();
        return new TestEvents.Raw(event.subjectId().toString(), TestEvents.headers(ceId, type.ceType(),
                type.context().source(), event.subjectId(), sequence),
                EventJson.write(event).getBytes(StandardCharsets.UTF_8));
    }

    private static CenterRegistered registration(UUID id, String region, String district) {
        return new CenterRegistered(id, "G-" + id.toString().substring(0, 8).toUpperCase(), "Centre", region, district,
                "Town", new BigDecimal("40.1"), new BigDecimal("69.6"), ConstructionType.RENOVATION, List.of("MVD"), 4);
    }
}
