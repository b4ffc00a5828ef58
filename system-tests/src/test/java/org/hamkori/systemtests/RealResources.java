package org.hamkori.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamkori.testkit.Eventually;

/**
 * The real resources hostile requests are aimed at: an open centre, a group at it with a member and a
 * meeting that raised an issue, a course, a scheduled session with an enrolled trainee, a certificate, and a partner's
 * webhook endpoint with the receiver on loopback that accepts what is sent to it.
 */
final class RealResources {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REPLICA_CATCH_UP = Duration.ofSeconds(60);
    private static final WebhookReceiver WEBHOOK_RECEIVER = new WebhookReceiver();

    private final HttpClient http;
    private final String token;

    private RealResources(HttpClient http, String token) {
        this.http = http;
        this.token = token;
    }

    /** Ids by the name of what they are, as {@link ValidValues} reads them. */
    static Map<String, String> create(HttpClient http, String token) {
        return new RealResources(http, token).create();
    }

    private Map<String, String> create() {
        String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, String> ids = new LinkedHashMap<>();
        String center = post(Suite.Service.CENTERS, "/centers", Map.of("code", "HOSTILE-" + tag,
                "name", "Hostile input centre", "districtCode", "KHATLON.QUBODIYON", "constructionType", "NEW_BUILD",
                "fundingPartners", List.of("MVD"), "workplaces", 5)).path("id").asText();
        post(Suite.Service.CENTERS, "/centers/" + center + "/opening", Map.of("openedOn", "2021-06-21"));
        ids.put("centre", center);

        Map<String, Object> group = Map.of("name", "Hostile input group", "centerId", center, "formedOn", "2021-07-15",
                "facilitatingPartner", "SAFERWORLD");
        String groupId = Eventually.value("groups-service knows the centre", REPLICA_CATCH_UP,
                () -> send(Suite.Service.GROUPS, "/groups", group), response -> response.statusCode() == 201)
                .body().path("id").asText();
        ids.put("group", groupId);
        ids.put("member", post(Suite.Service.GROUPS, "/groups/" + groupId + "/members", Map.of("fullName", "Malika Karimova",
                "sex", "FEMALE", "role", "COMMUNITY_REPRESENTATIVE", "affiliation", "Mahalla committee",
                "joinedOn", "2021-07-20")).path("id").asText());
        JsonNode meeting = post(Suite.Service.GROUPS, "/groups/" + groupId + "/meetings", Map.of("heldOn", "2021-09-10",
                "participants", Map.of("female", 1, "male", 1, "police", 1, "community", 1),
                "issuesRaised", List.of(Map.of("category", "THEFT", "description", "Bicycles stolen by the school"))));
        ids.put("meeting", meeting.path("id").asText());
        String issue = meeting.path("issuesRaised").get(0).path("id").asText();
        ids.put("issue", issue);
        String issuePath = "/groups/" + groupId + "/issues/" + issue;
        ids.put("action", post(Suite.Service.GROUPS, issuePath + "/actions", Map.of("description",
                "Evening patrols near the school", "responsible", "POLICE", "agreedOn", "2021-09-11",
                "dueOn", "2021-10-11")).path("id").asText());
        ids.put("followUp", post(Suite.Service.GROUPS, issuePath + "/follow-ups", Map.of("heldOn", "2021-09-25",
                "note", "Patrols under way")).path("id").asText());

        String course = post(Suite.Service.TRAINING, "/courses", Map.of("code", "HOSTILE-" + tag,
                "title", "Dialogue", "topics", List.of("DIALOGUE"), "hours", 20, "passMark", 70)).path("code").asText();
        ids.put("course", course);
        String trainee = post(Suite.Service.TRAINING, "/trainees", Map.of("fullName", "Rustam Nazarov", "sex", "MALE",
                "birthYear", 1990, "category", "CITIZEN", "districtCode", "KHATLON.QUBODIYON")).path("id").asText();
        ids.put("trainee", trainee);
        ids.put("session", scheduledSessionWith(course, trainee));

        String completed = scheduledSessionWith(course, trainee);
        post(Suite.Service.TRAINING, "/sessions/" + completed + "/results", Map.of("completedOn", "2021-10-08",
                "results", List.of(Map.of("traineeId", trainee, "attendedHours", 20, "score", 90))));
        ids.put("certificate", get(Suite.Service.TRAINING, "/sessions/" + completed + "/enrollments/" + trainee)
                .path("certificateNumber").asText());
        ids.put("import", upload(Suite.Service.TRAINING, "/imports/trainees", "register.csv",
                "fullName,sex,birthYear,category,districtCode,phone\r\nNodira Saidova,FEMALE,1992,CITIZEN,KHATLON.QUBODIYON,\r\n")
                .path("id").asText());
        // dead letters are numbered from 1: a re-drive of 0 is a valid request that finds nothing (404)
        ids.put("deadLetter", "0");

        String receiver = WEBHOOK_RECEIVER.url();
        ids.put("webhookUrl", receiver);
        // an event type nothing else sends while the endpoint is attacked: its delivery log stays as it is
        ids.put("webhookEventType", "org.hamkori.training.CertificateRevoked.v1");
        ids.put("endpoint", post(Suite.Service.WEBHOOKS, "/webhooks/endpoints", Map.of("url", receiver,
                "eventTypes", List.of(ids.get("webhookEventType")), "description", "Hostile input endpoint"))
                .path("id").asText());
        // a redelivery of a delivery that does not exist is a valid request that finds nothing (404)
        ids.put("delivery", UUID.randomUUID().toString());
        return ids;
    }

    private String scheduledSessionWith(String course, String trainee) {
        String session = post(Suite.Service.TRAINING, "/sessions", Map.of("courseCode", course,
                "startsOn", "2021-10-04", "endsOn", "2021-10-08", "districtCode", "KHATLON.QUBODIYON",
                "partnerCode", "SAFERWORLD", "trainers", List.of("Trainer One"), "capacity", 25)).path("id").asText();
        post(Suite.Service.TRAINING, "/sessions/" + session + "/enrollments", Map.of("traineeId", trainee));
        return session;
    }

    private JsonNode post(Suite.Service service, String path, Map<String, Object> body) {
        Response response = send(service, path, body);
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** A multipart upload of one text file as the part {@code file}. */
    private JsonNode upload(Suite.Service service, String path, String fileName, String content) {
        String boundary = "hamkori-" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        Response response = call(service, HttpRequest.newBuilder(URI.create(service.url() + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)), path);
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private JsonNode get(Suite.Service service, String path) {
        return call(service, HttpRequest.newBuilder(URI.create(service.url() + path)).GET(), path).body();
    }

    private Response send(Suite.Service service, String path, Map<String, Object> body) {
        try {
            return call(service, HttpRequest.newBuilder(URI.create(service.url() + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Response call(Suite.Service service, HttpRequest.Builder request, String path) {
        try {
            HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body().isEmpty() ? JSON.nullNode()
                    : JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException(service + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Response(int statusCode, JsonNode body) {
    }
}
