package org.hamkori.scenario;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs a demo user in at the identity provider (the local Keycloak's realm {@code hamkori}) and returns its
 * access token: the password grant of the confidential client {@code hamkori-cli}, for the demo user named
 * after the role (password = user name; dev only). Used by {@code ./hamkori token <role>}, the scenario
 * loader and the system tests.
 *
 * <p>Uses only the JDK, so that it also runs as a single-file program from the repository root:
 * <pre>java scenario-loader/src/main/java/org/hamkori/scenario/DemoSignIn.java coordinator</pre>
 * Environment: {@code HAMKORI_KEYCLOAK_URL} (default {@value #DEFAULT_KEYCLOAK_URL}), {@code HAMKORI_CLI_SECRET}
 * (default the dev secret of the realm file).
 */
public final class DemoSignIn {

    public static final String DEFAULT_KEYCLOAK_URL = "http://127.0.0.1:8180";
    public static final String REALM = "hamkori";
    public static final String CLIENT_ID = "hamkori-cli";
    public static final List<String> ROLES = List.of("admin", "coordinator", "trainer", "analyst", "partner");
    private static final String DEV_CLIENT_SECRET = "hamkori-cli-dev-secret";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern EXPIRY = Pattern.compile("\"exp\"\\s*:\\s*(\\d+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private DemoSignIn() {
    }

    /** The issuer of the tokens, e.g. {@code http://127.0.0.1:8180/realms/hamkori}. */
    public static String issuer() {
        return keycloakUrl() + "/realms/" + REALM;
    }

    /** A fresh access token of the demo user of {@code role}. */
    public static String token(String role) {
        return signIn(role, role);
    }

    /** A fresh access token for a user of the realm. */
    public static String signIn(String username, String password) {
        String secret = System.getenv().getOrDefault("HAMKORI_CLI_SECRET", DEV_CLIENT_SECRET);
        String form = Map.of("grant_type", "password", "client_id", CLIENT_ID, "client_secret", secret,
                        "username", username, "password", password)
                .entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach Keycloak at " + keycloakUrl()
                    + " (is it running? ./hamkori up or infra/keycloak.sh up): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while signing in", e);
        }
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("Keycloak refused to sign " + username + " in (HTTP " + response.statusCode()
                    + "): " + response.body());
        }
        return token.group(1);
    }

    /** When an access token of the realm expires (its {@code exp} claim). */
    public static Instant expiresAt(String token) {
        String[] parts = token.split("\\.");
        Matcher expiry = parts.length < 2 ? null
                : EXPIRY.matcher(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        if (expiry == null || !expiry.find()) {
            throw new IllegalStateException("the access token names no expiry");
        }
        return Instant.ofEpochSecond(Long.parseLong(expiry.group(1)));
    }

    /** Prints the bare access token of the demo user of the role {@code args[0]} and nothing else. */
    public static void main(String[] args) {
        if (args.length != 1 || !ROLES.contains(args[0])) {
            System.err.println("usage: DemoSignIn <role>   (role: " + String.join(", ", ROLES) + ")");
            System.exit(2);
        }
        try {
            System.out.println(token(args[0]));
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    private static String keycloakUrl() {
        String url = System.getenv().getOrDefault("HAMKORI_KEYCLOAK_URL", DEFAULT_KEYCLOAK_URL);
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
