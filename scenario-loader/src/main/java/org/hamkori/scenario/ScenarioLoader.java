package org.hamkori.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * Loads the programme's scenario into a running suite through the services' public HTTP APIs and prints
 * its totals, in the shape of {@code /reports/overview}, on stdout; progress goes to stderr. See
 * {@link LoaderOptions#USAGE} for the options.
 */
public final class ScenarioLoader {

    /**
     * What a run loaded: the scenario, its totals, what the run did to the services, and the overview and partners'
     * report that showed the totals (null unless a reporting URL was given).
     */
    public record Result(Scenario scenario, Totals totals, Activity activity, JsonNode overview, JsonNode partners) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private ScenarioLoader() {
    }

    public static void main(String[] args) {
        try {
            LoaderOptions options = LoaderOptions.parse(List.of(args), System.getenv());
            if (options == null) {
                System.out.print(LoaderOptions.USAGE);
                return;
            }
            Result result = load(options, System.err);
            System.out.println(pretty(result.totals().toJson(JSON)));
            if (result.overview() != null) {
                System.err.println("[scenario] /reports/overview now shows:");
                System.out.println(pretty(result.overview()));
            }
        } catch (LoaderOptions.UsageException e) {
            System.err.println("[scenario] " + e.getMessage());
            System.err.print(LoaderOptions.USAGE);
            System.exit(2);
        } catch (LoadFailure e) {
            System.err.println("[scenario] FAILED: " + e.getMessage()
                    + (e.getCause() instanceof LoadFailure cause ? " — " + cause.getMessage() : ""));
            System.exit(1);
        }
    }

    /** Loads what the command line describes, as {@link #main} does, with progress on stderr. */
    public static Result load(String... args) {
        LoaderOptions options = LoaderOptions.parse(List.of(args), System.getenv());
        if (options == null) {
            throw new LoaderOptions.UsageException("--help loads nothing");
        }
        return load(options, System.err);
    }

    public static Result load(LoaderOptions options, PrintStream progress) {
        long started = System.nanoTime();
        Scenario scenario = ScenarioGenerator.generate(options.seed(), options.scale());
        if (LocalDate.now().isBefore(Scenario.PROGRAMME_END)) {
            throw new LoadFailure("the scenario runs until " + Scenario.PROGRAMME_END
                    + " and the services refuse dates in the future; today is " + LocalDate.now());
        }
        Totals totals = Totals.of(scenario);
        progress.printf("[scenario] seed %d, scale %s: %d centres, %d groups, %d training sessions, %d trainees%n",
                scenario.seed(), scenario.scale(), scenario.centers().size(), scenario.groups().size(),
                scenario.sessions().size(), scenario.sessions().stream().mapToInt(s -> s.trainees().size()).sum());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Activity activity = new Activity();
        LoaderOptions.Tokens tokens = options.tokens();
        try (Parallel parallel = new Parallel(options.concurrency(), progress)) {
            LoadedCenters centers = new LoadedCenters(new CentersLoading(scenario,
                    api("centers-service", options.centers(), tokens::coordinator, http, activity)).load(parallel),
                    Instant.now().plus(options.timeout()));
            GroupsLoading groups = new GroupsLoading(scenario, api("groups-service", options.groups(),
                    tokens::coordinator, http, activity), centers);
            TrainingLoading training = new TrainingLoading(scenario, api("training-service", options.training(),
                    tokens::trainer, http, activity), centers);
            parallel.sideBySide(() -> groups.load(parallel), () -> training.load(parallel));
        }
        progress.printf("[scenario] loaded in %.1f s: %s%n", (System.nanoTime() - started) / 1e9, activity);
        JsonNode overview = null;
        JsonNode partners = null;
        if (options.reporting() != null) {
            progress.println("[scenario] waiting until /reports/overview shows the scenario's totals…");
            ReportCheck check = new ReportCheck(api("reporting-service", options.reporting(), tokens::analyst, http,
                    activity), progress);
            Instant deadline = Instant.now().plus(options.timeout());
            overview = check.awaitOverview(totals, deadline);
            partners = check.awaitPartners(totals, overview, deadline);
            progress.printf("[scenario] the reports show it %.1f s after the start%n",
                    (System.nanoTime() - started) / 1e9);
        }
        return new Result(scenario, totals, activity, overview, partners);
    }

    private static Api api(String service, URI base, Supplier<String> token, HttpClient http, Activity activity) {
        return new Api(service, base, token, http, JSON, activity);
    }

    private static String pretty(JsonNode json) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
