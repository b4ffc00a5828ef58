package org.hamkori.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.hamkori.contract.groups.IssueCategory;
import org.hamkori.contract.groups.ResponsibleParty;

/**
 * {@code issues <issues>}: raises that many safety issues through groups-service's API, as coordinators would: 20
 * groups (each at a centre of its own district, opened a year and a half ago) hold meetings that raise 50 issues
 * each; then one issue in four is resolved, one in twenty referred, one in twenty given an action due in the past
 * (overdue) and one in twenty an action due next month. Prints {@code issues= overdue= requests= seconds=}.
 */
final class SafetyIssues {

    static final int GROUPS = 20;
    static final int ISSUES_PER_MEETING = 50;
    private static final int THREADS = 8;
    private static final Duration REPLICA_WAIT = Duration.ofSeconds(120);
    private static final IssueCategory[] CATEGORIES = IssueCategory.values();
    private static final ResponsibleParty[] PARTIES = ResponsibleParty.values();
    private static final String COORDINATOR = Programme.COORDINATOR;

    private final Api api = new Api();
    private final Programme programme = new Programme(api);
    private final LocalDate today = LocalDate.now();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong overdue = new AtomicLong();

    static void run(int issues) throws Exception {
        new SafetyIssues().raise(issues);
    }

    private void raise(int issues) throws Exception {
        long start = System.nanoTime();
        int meetingsPerGroup = Math.max(1, (int) Math.ceil(issues / (double) (GROUPS * ISSUES_PER_MEETING)));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> raised = new ArrayList<>();
            for (int g = 0; g < GROUPS; g++) {
                int group = g;
                int quota = Math.min(meetingsPerGroup * ISSUES_PER_MEETING,
                        Math.max(0, issues - group * meetingsPerGroup * ISSUES_PER_MEETING));
                raised.add(pool.submit(() -> group(group, quota, meetingsPerGroup)));
            }
            long total = 0;
            for (Future<Integer> done : raised) {
                total += done.get();
            }
            System.out.printf("issues=%d overdue=%d requests=%d seconds=%.1f%n", total, overdue.get(), requests.get(),
                    (System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One group with {@code quota} issues and their follow-up; returns the issues raised. */
    private int group(int index, int quota, int meetings) throws InterruptedException {
        if (quota == 0) {
            return 0;
        }
        LocalDate openedOn = today.minusDays(540);
        String district = Programme.DISTRICTS.get(index * 7 % Programme.DISTRICTS.size()).code();
        Programme.Centre centre = programme.open("ISS", index, district, openedOn);
        requests.addAndGet(2);
        Map<String, Object> form = Map.of("name", "Bench group " + centre.code(), "centerId", centre.id(),
                "formedOn", openedOn.toString());
        Api.Answer formed = formWhenTheReplicaKnows(form);
        UUID group = UUID.fromString(formed.json().get("id").asText());
        String etag = formed.etag();
        String base = Api.GROUPS + "/groups/" + group;
        int raised = 0;
        for (int meeting = 0; raised < quota; meeting++) {
            // spread over the 400 days after the group formed, so that every follow-up date is past
            LocalDate heldOn = openedOn.plusDays(10 + meeting * 400L / meetings);
            List<Map<String, Object>> issues = new ArrayList<>();
            for (int i = 0; i < Math.min(ISSUES_PER_MEETING, quota - raised); i++) {
                issues.add(Map.of("category", CATEGORIES[(raised + i) % CATEGORIES.length].name(),
                        "description", "Bench issue " + (raised + i) + " of group " + index));
            }
            int people = 4 + meeting % 10;
            Map<String, Object> held = Map.of("heldOn", heldOn.toString(),
                    "participants", Map.of("female", people / 2, "male", people - people / 2, "police", 2,
                            "community", people - 2),
                    "issuesRaised", issues);
            Api.Answer answer = api.json(COORDINATOR, base + "/meetings", "POST", held, etag)
                    .expect(201, "POST /groups/{id}/meetings");
            requests.incrementAndGet();
            etag = answer.etag();
            for (JsonNode issue : answer.json().get("issuesRaised")) {
                etag = followUp(base + "/issues/" + issue.get("id").asText(), raised++, heldOn, etag);
            }
        }
        return raised;
    }

    /** The follow-up of the {@code n}th issue of a group; returns the group's ETag after it. */
    private String followUp(String issue, int n, LocalDate raisedOn, String etag) {
        LocalDate agreedOn = raisedOn.plusDays(7);
        return switch (n % 20) {
            case 0, 4, 8, 12, 16 -> send(issue + "/resolution", Map.of("resolvedOn", raisedOn.plusDays(5 + n % 60)
                    .toString(), "outcome", "Solved with the district's hukumat", "status", "RESOLVED"), etag, 200);
            case 1 -> send(issue + "/resolution", Map.of("resolvedOn", raisedOn.plusDays(3).toString(),
                    "outcome", "Referred to the prosecutor's office", "status", "REFERRED"), etag, 200);
            case 2 -> {
                overdue.incrementAndGet();
                yield send(issue + "/actions", action(agreedOn, agreedOn.plusDays(30), n), etag, 201);
            }
            case 3 -> send(issue + "/actions", action(today, today.plusDays(30), n), etag, 201);
            default -> etag;
        };
    }

    private static Map<String, Object> action(LocalDate agreedOn, LocalDate dueOn, int n) {
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("description", "Patrols near the school after dark");
        action.put("responsible", PARTIES[n % PARTIES.length].name());
        action.put("agreedOn", agreedOn.toString());
        action.put("dueOn", dueOn.toString());
        return action;
    }

    private String send(String url, Map<String, Object> body, String etag, int expected) {
        requests.incrementAndGet();
        return api.json(COORDINATOR, url, "POST", body, etag).expect(expected, "POST " + url).etag();
    }

    /** groups-service knows a centre once its replica has consumed the centre's events: until then, 409. */
    private Api.Answer formWhenTheReplicaKnows(Map<String, Object> form) throws InterruptedException {
        long deadline = System.nanoTime() + REPLICA_WAIT.toNanos();
        while (true) {
            Api.Answer answer = api.post(COORDINATOR, Api.GROUPS + "/groups", form);
            requests.incrementAndGet();
            if (answer.status() == 201) {
                return answer;
            }
            if (answer.status() != 409 || System.nanoTime() > deadline) {
                throw new IllegalStateException("POST /groups answered " + answer.status() + ": " + answer.body());
            }
            Thread.sleep(100);
        }
    }
}
