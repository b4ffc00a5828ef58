package org.hamkori.centers;

import static org.hamkori.centers.CentersApi.as;
import static org.hamkori.centers.CentersApi.registerCenter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamkori.contract.EventJson;
import org.hamkori.contract.EventType;
import org.hamkori.contract.centers.CenterClosed;
import org.hamkori.contract.centers.CenterOpened;
import org.hamkori.contract.centers.CenterRenovated;
import org.hamkori.contract.fixtures.GoldenFixtures;
import org.hamkori.testkit.ContractAssertions;
import org.hamkori.testkit.PublishedEvents;
import org.hamkori.testkit.PublishedEvents.Published;
import org.junit.jupiter.api.Test;

/** What partners receive on centers.events, read back from the real broker. */
@QuarkusTest
class CenterEventsContractTest {

    @Test
    void everyLifecycleChangeIsPublishedInOrderAsACloudEventKeyedByTheCenter() {
        String id = registerCenter();
        as("coordinator").body(Map.of("openedOn", "2021-06-21")).post("/centers/{id}/opening", id).then().statusCode(200);
        as("coordinator").body(Map.of("startedOn", "2022-03-01")).post("/centers/{id}/renovation", id).then().statusCode(200);
        as("coordinator").body(Map.of("completedOn", "2022-09-15", "fundingPartners", List.of("SAFERWORLD")))
                .post("/centers/{id}/renovation/completion", id).then().statusCode(200);
        Map<String, Object> details = CentersApi.qubodiyonCenter();
        details.put("workplaces", 9);
        as("coordinator").body(details).put("/centers/{id}", id).then().statusCode(200);
        as("coordinator").body(Map.of("closedOn", "2024-01-10", "reasonCode", "MERGED",
                        "note", "Merged with the district centre after a meeting with deputy Rahimov"))
                .post("/centers/{id}/closure", id).then().statusCode(200);

        List<Published> records = PublishedEvents.awaitByKey("centers.events", UUID.fromString(id), 6);

        assertEquals(List.of(EventType.CENTER_REGISTERED, EventType.CENTER_OPENED, EventType.CENTER_RENOVATION_STARTED,
                        EventType.CENTER_RENOVATED, EventType.CENTER_DETAILS_CHANGED, EventType.CENTER_CLOSED),
                records.stream().map(ContractAssertions::assertConformsToContract).toList());
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L), records.stream().map(ContractAssertions::sequence).toList());
        assertEquals(1, records.stream().map(Published::partition).distinct().count(), "one aggregate, one partition");
        assertEquals(6, records.stream().map(r -> r.header("ce_id")).distinct().count(), "ce_id unique per event");

        CenterOpened opened = EventJson.read(records.get(1).payload().getBytes(), CenterOpened.class);
        assertEquals("KHATLON.QUBODIYON", opened.districtCode());
        assertEquals("KHATLON", opened.regionCode());
        assertEquals(java.time.LocalDate.parse("2021-06-21"), opened.openedOn());
        CenterRenovated renovated = EventJson.read(records.get(3).payload().getBytes(), CenterRenovated.class);
        assertEquals(List.of("SAFERWORLD"), renovated.fundingPartners());
        CenterClosed closed = EventJson.read(records.get(5).payload().getBytes(), CenterClosed.class);
        assertEquals("MERGED", closed.reason(), "the code is published");
        assertFalse(records.get(5).payload().contains("Rahimov"), "the note stays in the service");
    }

    @Test
    void aRejectedChangePublishesNothing() {
        String id = registerCenter();
        as("coordinator").body(Map.of("closedOn", "2024-01-10", "reasonCode", "OTHER", "note", "Never built"))
                .post("/centers/{id}/closure", id).then().statusCode(409);
        as("coordinator").body(Map.of("openedOn", "2021-06-21")).post("/centers/{id}/opening", id).then().statusCode(200);

        List<Published> records = PublishedEvents.awaitByKey("centers.events", UUID.fromString(id), 2);
        assertEquals(List.of("org.hamkori.centers.CenterRegistered.v1", "org.hamkori.centers.CenterOpened.v1"),
                records.stream().map(r -> r.header("ce_type")).toList());
    }

    @Test
    void theProducerWritesWhatTheGoldenFixtureSays() {
        CenterOpened fixture = GoldenFixtures.event(CenterOpened.class);
        assertEquals(GoldenFixtures.tree(EventType.CENTER_OPENED), EventJson.mapper().valueToTree(fixture));
    }
}
