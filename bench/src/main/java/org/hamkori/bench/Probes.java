package org.hamkori.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The benchmark's probes that a load tool cannot do (bench/run):
 * <ul>
 * <li>{@code caught-up <bootstrap> <group,group…> <timeout seconds>}: waits until each consumer group has committed
 * the end of the programme's topics it consumes; prints how many records they were behind at first
 * ({@code behind=<n>}) and {@code seconds=<s>}.</li>
 * <li>{@code visibility <write token> <read token> <samples>}: registers centres one after the other and measures
 * each until {@code /reports/overview} counts it, and the overview query alone; prints the percentiles in ms. The
 * overview is read back to back, so a figure includes part of a read interval: {@code counted_*} is the time until
 * the moment the centre became visible, estimated halfway between the start of the last read that did not count it
 * and that of the first that did, {@code post_*} the {@code POST} alone.</li>
 * <li>{@code history <changes>}: {@link CentreHistory}.</li>
 * <li>{@code issues <issues>}: {@link SafetyIssues}; {@code issues-reported}: how many issues {@code /reports/issues}
 * counts ({@code raised=<n> overdue_actions=<n>}).</li>
 * <li>{@code import <rows>}: {@link RegisterImport}.</li>
 * <li>{@code webhooks <samples> <burst> <endpoints>}: {@link WebhookDeliveries}.</li>
 * </ul>
 */
public final class Probes {

    private static final List<String> TOPICS = List.of("centers.events", "groups.events", "training.events");
    private static final Pattern CENTERS_TOTAL = Pattern.compile("\"centers\"\\s*:\\s*\\{\\s*\"total\"\\s*:\\s*(\\d+)");
    private static final Duration VISIBILITY_TIMEOUT = Duration.ofSeconds(30);

    private Probes() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "caught-up" -> caughtUp(args[1], args[2], Duration.ofSeconds(Long.parseLong(args[3])));
            case "visibility" -> visibility(args[1], args[2], Integer.parseInt(args[3]));
            case "history" -> CentreHistory.run(Integer.parseInt(args[1]));
            case "issues" -> SafetyIssues.run(Integer.parseInt(args[1]));
            case "issues-reported" -> issuesReported();
            case "import" -> RegisterImport.run(Integer.parseInt(args[1]));
            case "webhooks" -> WebhookDeliveries.run(Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                    Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException("unknown probe " + args[0]);
        }
    }

    private static void caughtUp(String bootstrap, String groups, Duration timeout) throws Exception {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        try (Admin admin = Admin.create(config)) {
            Map<String, TopicDescription> topics = admin.describeTopics(TOPICS).allTopicNames().get();
            Set<TopicPartition> partitions = topics.values().stream()
                    .flatMap(t -> t.partitions().stream().map(p -> new TopicPartition(t.name(), p.partition())))
                    .collect(Collectors.toSet());
            Map<TopicPartition, OffsetSpec> latest = partitions.stream()
                    .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
            long behind = -1;
            long lag;
            do {
                lag = 0;
                for (String group : groups.split(",")) {
                    lag += lag(admin, group, ends);
                }
                if (behind < 0) {
                    behind = lag;
                }
                if (lag > 0) {
                    Thread.sleep(200);
                }
            } while (lag > 0 && System.nanoTime() < deadline);
            if (lag > 0) {
                System.out.printf("behind=%d lag=%d seconds=timeout%n", behind, lag);
                System.exit(1);
            }
            System.out.printf("behind=%d seconds=%.1f%n", behind, (System.nanoTime() - start) / 1e9);
        }
    }

    /** Records of the group's topics (those it has committed an offset in) after its committed offsets. */
    private static long lag(Admin admin, String group, Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends)
            throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        Set<String> consumed = committed.keySet().stream().map(TopicPartition::topic).collect(Collectors.toSet());
        return ends.entrySet().stream().filter(e -> consumed.contains(e.getKey().topic())).mapToLong(e -> {
            OffsetAndMetadata done = committed.get(e.getKey());
            return e.getValue().offset() - (done == null ? 0 : done.offset());
        }).sum();
    }

    private static void visibility(String writeToken, String readToken, int samples) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest overview = HttpRequest.newBuilder(URI.create("http://127.0.0.1:8084/reports/overview"))
                .header("Authorization", "Bearer " + readToken).timeout(Duration.ofSeconds(10)).GET().build();
        long[] alone = new long[samples];
        long[] visible = new long[samples];
        long[] counted = new long[samples];
        long[] post = new long[samples];
        long run = System.currentTimeMillis();
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            long before = centersTotal(http, overview);
            alone[i] = System.nanoTime() - start;
            String body = """
                    {"code":"P2-%d-%d","name":"Visibility probe %d","districtCode":"DUSHANBE.SINO",
                     "constructionType":"NEW_BUILD","workplaces":5}""".formatted(run, i, i);
            HttpRequest write = HttpRequest.newBuilder(URI.create("http://127.0.0.1:8081/centers"))
                    .header("Authorization", "Bearer " + writeToken).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
            start = System.nanoTime();
            HttpResponse<String> created = http.send(write, HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                throw new IllegalStateException("POST /centers answered " + created.statusCode() + ": " + created.body());
            }
            long answered = System.nanoTime();
            post[i] = answered - start;
            long deadline = start + VISIBILITY_TIMEOUT.toNanos();
            // the earliest moment the centre can have been counted: the projection follows the write's commit
            long notYetCounted = answered;
            long read = System.nanoTime();
            while (centersTotal(http, overview) <= before) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("a new centre was not visible in the overview within "
                            + VISIBILITY_TIMEOUT);
                }
                notYetCounted = read;
                read = System.nanoTime();
            }
            visible[i] = System.nanoTime() - start;
            counted[i] = (notYetCounted + read) / 2 - start;
        }
        System.out.printf("visible_p50=%.1f visible_p99=%.1f overview_p50=%.1f overview_p99=%.1f counted_p50=%.1f "
                        + "counted_p99=%.1f post_p50=%.1f post_p99=%.1f%n",
                Percentiles.ms(visible, 50), Percentiles.ms(visible, 99), Percentiles.ms(alone, 50),
                Percentiles.ms(alone, 99), Percentiles.ms(counted, 50), Percentiles.ms(counted, 99),
                Percentiles.ms(post, 50), Percentiles.ms(post, 99));
    }

    /** The issues {@code /reports/issues} counts (its rows summed), as the analyst sees them. */
    private static void issuesReported() {
        long raised = 0;
        long overdue = 0;
        for (var row : new Api().get("analyst", Api.REPORTING + "/reports/issues").expect(200, "GET /reports/issues")
                .json().get("rows")) {
            raised += row.path("raised").asLong();
            overdue += row.path("overdueActions").asLong();
        }
        System.out.printf("raised=%d overdue_actions=%d%n", raised, overdue);
    }

    private static long centersTotal(HttpClient http, HttpRequest overview) throws Exception {
        HttpResponse<String> answer = http.send(overview, HttpResponse.BodyHandlers.ofString());
        Matcher total = CENTERS_TOTAL.matcher(answer.body());
        if (answer.statusCode() != 200 || !total.find()) {
            throw new IllegalStateException("GET /reports/overview answered " + answer.statusCode() + ": "
                    + answer.body());
        }
        return Long.parseLong(total.group(1));
    }
}
