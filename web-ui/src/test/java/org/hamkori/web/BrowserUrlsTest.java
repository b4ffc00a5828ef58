package org.hamkori.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BrowserUrlsTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8081", "http://127.10.0.3:8081/api", "http://localhost:8180/realms/hamkori",
            "https://LOCALHOST", "http://app.localhost:3000", "http://[::1]:8084"})
    void aLoopbackUrlIsRecognised(String url) {
        assertTrue(BrowserUrls.isLoopback(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://api.example.org", "https://10.0.0.7:8081", "https://[2001:db8::1]:8443",
            "https://id.example.org/realms/hamkori", "https://127.0.0.1.example.org"})
    void aUrlOtherMachinesCanReachIsNotLoopback(String url) {
        assertFalse(BrowserUrls.isLoopback(url), url);
    }

    @Test
    void theRefusalNamesEachLoopbackSetting() {
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("hamkori.web.centers-url (HAMKORI_CENTERS_URL)", "https://api.example.org/centers");
        urls.put("hamkori.web.issuer (HAMKORI_OIDC_ISSUER)", "http://127.0.0.1:8180/realms/hamkori");
        List<String> refusals = BrowserUrls.loopbackRefusals(urls);
        assertEquals(1, refusals.size(), refusals.toString());
        assertTrue(refusals.get(0).startsWith("hamkori.web.issuer (HAMKORI_OIDC_ISSUER) is a loopback URL"),
                refusals.get(0));
    }

    @Test
    void publicUrlsAreNotRefused() {
        assertEquals(List.of(), BrowserUrls.loopbackRefusals(Map.of(
                "hamkori.web.centers-url (HAMKORI_CENTERS_URL)", "https://api.example.org/centers")));
    }
}
