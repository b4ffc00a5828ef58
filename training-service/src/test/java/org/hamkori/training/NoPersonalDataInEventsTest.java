package org.hamkori.training;

import static org.hamkori.training.TrainingApi.as;
import static org.hamkori.training.TrainingApi.certificateNumber;
import static org.hamkori.training.TrainingApi.createCourse;
import static org.hamkori.training.TrainingApi.enroll;
import static org.hamkori.training.TrainingApi.registerTrainee;
import static org.hamkori.training.TrainingApi.scheduleSession;
import static org.hamkori.training.TrainingApi.trainee;
import static org.hamkori.training.TrainingApi.uploadSheet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hamkori.contract.EventJson;
import org.hamkori.testkit.PublishedEvents;
import org.hamkori.testkit.PublishedEvents.Published;
import org.junit.jupiter.api.Test;

/** SPEC §8: events carry no personal data. Reads every record ever published on training.events. */
@QuarkusTest
class NoPersonalDataInEventsTest {

    private static final String TOPIC = "training.events";
    private static final Set<String> PERSONAL_FIELDS = Set.of("fullName", "phone", "birthYear");

    /** A trainee's personal data as registered, to look for in what was published. */
    private record PersonalData(String id, String fullName, String phone, int birthYear) {

        /** The name, its distinctive first part, and the phone as written and as bare digits. */
        List<String> textualSecrets() {
            return List.of(fullName, fullName.split(" ")[0], phone, phone.replaceAll("[^0-9]", ""));
        }
    }

    @Test
    void noPublishedRecordHoldsATraineesNamePhoneOrBirthYear() throws IOException {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        List<PersonalData> people = new ArrayList<>();
        int[] birthYears = {1957, 1983, 2005};
        String session = scheduleSession(createCourse(20, 70));
        StringBuilder sheet = new StringBuilder("traineeId,attendedHours,score\n");
        for (int i = 0; i < birthYears.length; i++) {
            Map<String, Object> body = trainee();
            body.put("fullName", "Privatename" + i + " Secretov " + marker);
            body.put("phone", "+992 9" + i + " " + marker.replaceAll("[^0-9]", "7").substring(0, 7));
            body.put("birthYear", birthYears[i]);
            String id = registerTrainee(body);
            enroll(session, id).then().statusCode(201);
            people.add(new PersonalData(id, (String) body.get("fullName"), (String) body.get("phone"), birthYears[i]));
            sheet.append(id).append(",20,90\n");
        }
        uploadSheet(session, sheet.toString()).then().statusCode(200);
        String revoked = certificateNumber(session, people.get(0).id());
        as("trainer").body(Map.of("reasonCode", "ISSUED_IN_ERROR",
                        "note", "Sheet corrected: " + people.get(0).fullName() + " left on the first day"))
                .post("/certificates/{n}/revocation", revoked).then().statusCode(200);
        List<Published> theirs = PublishedEvents.await(TOPIC,
                r -> r.payload() != null && people.stream().anyMatch(p -> r.payload().contains(p.id())), 4);
        assertEquals(4, theirs.size(), "three certificates and one revocation name these trainees");

        List<Published> everything = PublishedEvents.all(TOPIC);
        assertTrue(everything.size() >= 6, "at least this test's records are on " + TOPIC);
        for (Published record : everything) {
            String text = record.payload() + " " + record.headers();
            for (PersonalData person : people) {
                for (String secret : person.textualSecrets()) {
                    if (text.contains(secret)) {
                        fail("record " + record.offset() + " on " + TOPIC + " holds '" + secret + "' of trainee "
                                + person.id() + ": " + record.payload());
                    }
                }
            }
            if (isJson(record.payload())) {
                inspect(EventJson.mapper().readTree(record.payload()), record, people);
            }
        }
    }

    /** Other suites may write malformed records to the topic on purpose; their text was checked above. */
    private static boolean isJson(String payload) {
        try {
            return payload != null && EventJson.mapper().readTree(payload) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** No personal field names anywhere in the payload, and no value that is one of the birth years. */
    private static void inspect(JsonNode node, Published record, List<PersonalData> people) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (PERSONAL_FIELDS.contains(field.getKey())) {
                    fail("record " + record.offset() + " has a field " + field.getKey() + ": " + record.payload());
                }
                inspect(field.getValue(), record, people);
            });
        } else if (node.isArray()) {
            node.forEach(element -> inspect(element, record, people));
        } else {
            for (PersonalData person : people) {
                if (node.asText().equals(Integer.toString(person.birthYear()))) {
                    fail("record " + record.offset() + " holds the birth year of " + person.id() + ": "
                            + record.payload());
                }
            }
        }
    }
}
