package org.hamkori.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoaderOptionsTest {

    @Test
    void withoutOptionsTheFullScenarioOfSeed2021GoesToTheLocalSuiteWithoutWaitingForReports() {
        LoaderOptions options = LoaderOptions.parse(List.of(), Map.of());
        assertEquals(URI.create("http://127.0.0.1:8081"), options.centers());
        assertEquals(URI.create("http://127.0.0.1:8082"), options.groups());
        assertEquals(URI.create("http://127.0.0.1:8083"), options.training());
        assertNull(options.reporting());
        assertEquals(2021, options.seed());
        assertEquals(1, options.scale());
        assertEquals(Duration.ofSeconds(120), options.timeout());
    }

    @Test
    void optionsWinOverTheEnvironment() {
        LoaderOptions options = LoaderOptions.parse(List.of("--centers-url", "http://127.0.0.1:38081/",
                "--seed", "5", "--scale", "0.1", "--concurrency", "4", "--timeout", "30"),
                Map.of("HAMKORI_CENTERS_URL", "http://127.0.0.1:9999", "HAMKORI_REPORTING_URL", "http://127.0.0.1:8084"));
        assertEquals(URI.create("http://127.0.0.1:38081"), options.centers());
        assertEquals(URI.create("http://127.0.0.1:8084"), options.reporting());
        assertEquals(5, options.seed());
        assertEquals(0.1, options.scale());
        assertEquals(4, options.concurrency());
    }

    @Test
    void anAdminTokenStandsInForTheRolesWithoutTheirOwn() {
        LoaderOptions.Tokens tokens = LoaderOptions.parse(List.of(), Map.of("HAMKORI_TOKEN_ADMIN", "admin-token",
                "HAMKORI_TOKEN_TRAINER", "trainer-token")).tokens();
        assertEquals("admin-token", tokens.coordinator());
        assertEquals("trainer-token", tokens.trainer());
        assertEquals("admin-token", tokens.analyst());
    }

    @Test
    void helpIsNoLoad() {
        assertNull(LoaderOptions.parse(List.of("--seed", "3", "--help"), Map.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--seed=1", "--seed -1", "--seed x", "--scale 0", "--scale 11", "--concurrency 0",
            "--centers-url ftp://host", "--centers-url", "--timeout 0"})
    void aCommandLineThatCannotBeFollowedIsAUsageError(String commandLine) {
        assertThrows(LoaderOptions.UsageException.class,
                () -> LoaderOptions.parse(List.of(commandLine.split(" ")), Map.of()));
    }
}
