package org.hamkori.scenario;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What to load where: command-line options, with environment variables for the base URLs and tokens.
 *
 * @param reporting null: do not wait for the reports
 */
public record LoaderOptions(URI centers, URI groups, URI training, URI reporting, long seed, double scale,
        int concurrency, Duration timeout, Tokens tokens) {

    public static final long DEFAULT_SEED = 2021;

    static final String USAGE = """
            usage: load-demo.sh [options]      (java -jar scenario-loader.jar [options])

            Recreates the programme (centres, groups, training) through the services' HTTP APIs. Deterministic
            for a seed and idempotent: loading the same seed and scale again creates nothing new. Progress goes
            to stderr; the scenario's totals, in the shape of /reports/overview, go to stdout as JSON, followed
            by the overview itself when --reporting-url is given.

              --seed N             the scenario's seed, 0-999999999 (default 2021)
              --scale X            fewer or more of everything, same shape (default 1: 54 centres, 37 groups,
                                   over 3,000 certified); e.g. 0.1
              --centers-url URL    centers-service  (env HAMKORI_CENTERS_URL,  default http://127.0.0.1:8081)
              --groups-url URL     groups-service   (env HAMKORI_GROUPS_URL,   default http://127.0.0.1:8082)
              --training-url URL   training-service (env HAMKORI_TRAINING_URL, default http://127.0.0.1:8083)
              --reporting-url URL  reporting-service (env HAMKORI_REPORTING_URL): afterwards, wait until
                                   /reports/overview shows at least the scenario's totals and print it, then
                                   until /reports/partners shows each partner's (exactly, in a suite that
                                   holds nothing else); fail if they are not shown in time
              --concurrency N      requests in flight at once, 1-64 (default 8)
              --timeout SECONDS    how long to wait for the services to learn of the centres over Kafka,
                                   and for the reports (default 120)
              --help               this text

            Tokens: HAMKORI_TOKEN_COORDINATOR (centres, groups), HAMKORI_TOKEN_TRAINER (training),
            HAMKORI_TOKEN_ANALYST (reports); HAMKORI_TOKEN_ADMIN stands in for any of them that is not set;
            without either, the demo user of each role signs in at Keycloak (HAMKORI_KEYCLOAK_URL,
            default http://127.0.0.1:8180, client hamkori-cli; HAMKORI_CLI_SECRET for a non-dev secret).
            """;

    /**
     * Bearer tokens by role: given in the environment, else the demo users' from Keycloak, signed in again before they
     * expire; ask for one at each request.
     */
    public static final class Tokens {
        private final Map<String, String> env;
        private final DemoTokens demoUsers = new DemoTokens();

        private Tokens(Map<String, String> env) {
            this.env = Map.copyOf(env);
        }

        static Tokens from(Map<String, String> env) {
            return new Tokens(env);
        }

        public String coordinator() {
            return of("coordinator");
        }

        public String trainer() {
            return of("trainer");
        }

        public String analyst() {
            return of("analyst");
        }

        private String of(String role) {
            String own = env.get("HAMKORI_TOKEN_" + role.toUpperCase());
            String admin = env.get("HAMKORI_TOKEN_ADMIN");
            return !blank(own) ? own.trim() : !blank(admin) ? admin.trim()
                    : demoUsers.of(role);
        }
    }

    /** A command line that cannot be followed; the message says why. */
    public static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    /** The options, or null when help was asked for. */
    public static LoaderOptions parse(List<String> args, Map<String, String> env) {
        URI centers = url("HAMKORI_CENTERS_URL", env.getOrDefault("HAMKORI_CENTERS_URL", "http://127.0.0.1:8081"));
        URI groups = url("HAMKORI_GROUPS_URL", env.getOrDefault("HAMKORI_GROUPS_URL", "http://127.0.0.1:8082"));
        URI training = url("HAMKORI_TRAINING_URL",
                env.getOrDefault("HAMKORI_TRAINING_URL", "http://127.0.0.1:8083"));
        String reportingFromEnv = env.get("HAMKORI_REPORTING_URL");
        URI reporting = blank(reportingFromEnv) ? null : url("HAMKORI_REPORTING_URL", reportingFromEnv);
        long seed = DEFAULT_SEED;
        double scale = 1;
        int concurrency = 8;
        long timeoutSeconds = 120;
        Deque<String> rest = new ArrayDeque<>(args);
        while (!rest.isEmpty()) {
            String option = rest.pop();
            switch (option) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--centers-url" -> centers = url(option, value(option, rest));
                case "--groups-url" -> groups = url(option, value(option, rest));
                case "--training-url" -> training = url(option, value(option, rest));
                case "--reporting-url" -> reporting = url(option, value(option, rest));
                case "--seed" -> seed = number(option, value(option, rest), 0, ScenarioGenerator.MAX_SEED);
                case "--scale" -> scale = scale(value(option, rest));
                case "--concurrency" -> concurrency = (int) number(option, value(option, rest), 1, 64);
                case "--timeout" -> timeoutSeconds = number(option, value(option, rest), 1, 3600);
                default -> throw new UsageException("unknown option " + option);
            }
        }
        return new LoaderOptions(centers, groups, training, reporting, seed, scale, concurrency,
                Duration.ofSeconds(timeoutSeconds), Tokens.from(env));
    }

    private static String value(String option, Deque<String> rest) {
        if (rest.isEmpty()) {
            throw new UsageException(option + " needs a value");
        }
        return rest.pop();
    }

    private static URI url(String name, String value) {
        try {
            URI uri = URI.create(value.trim().replaceAll("/+$", ""));
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new UsageException(name + " must be an http(s) URL such as http://127.0.0.1:8081, not " + value);
    }

    private static long number(String option, String value, long min, long max) {
        try {
            long number = Long.parseLong(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " must be a whole number from " + min + " to " + max + ", not " + value);
    }

    private static double scale(String value) {
        try {
            double scale = Double.parseDouble(value.trim());
            if (Math.round(scale * 1000) > 0 && scale <= 10) {
                return scale;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--scale must be a number above 0 (at least 0.001) and at most 10, not " + value);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
