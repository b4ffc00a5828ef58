package org.hamkori.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamkori.training.TrainingApi.issuedCertificate;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.hamkori.testkit.ConfigOverrides;
import org.junit.jupiter.api.Test;

/** The public certificate check answers each client a few times per period, then 429 with when to retry. */
@QuarkusTest
@TestProfile(CertificateCheckRateLimitTest.ThreeChecksPerMinuteBehindALocalProxy.class)
class CertificateCheckRateLimitTest {

    /** Three checks per minute; the tests' own address is a trusted proxy, so X-Forwarded-For names the client. */
    public static class ThreeChecksPerMinuteBehindALocalProxy extends ConfigOverrides {
        public ThreeChecksPerMinuteBehindALocalProxy() {
            super(Map.of(
                    "hamkori.certificate-check.checks-per-period", "3",
                    "hamkori.certificate-check.period", "1M",
                    "hamkori.certificate-check.trusted-proxies", "127.0.0.0/8,::1"));
        }
    }

    @Test
    void aClientPastItsAllowanceIsToldToRetryLaterWhileOthersAreStillAnswered() {
        String number = issuedCertificate();
        for (int i = 0; i < 3; i++) {
            check(number, "203.0.113.7").then().statusCode(200);
        }

        String retryAfter = check(number, "203.0.113.7").then()
                .statusCode(429).contentType("application/problem+json")
                .body("status", equalTo(429))
                .body("type", equalTo("https://hamkori.org/problems/too-many-requests"))
                .body("detail", containsString("3 certificate checks per 60 s"))
                .extract().header("Retry-After");
        assertTrue(Integer.parseInt(retryAfter) >= 1 && Integer.parseInt(retryAfter) <= 20, "Retry-After " + retryAfter);
        // an unknown or malformed number counts too: walking the number space is what the limit is for
        given().header("X-Forwarded-For", "203.0.113.7").get("/certificates/HMK-2222-2222").then().statusCode(429);

        check(number, "203.0.113.8").then().statusCode(200);
    }

    @Test
    void aClientCannotEscapeItsAllowanceByAddingAddressesToXForwardedFor() {
        String number = issuedCertificate();
        for (int i = 0; i < 3; i++) {
            check(number, "198.51.100.1").then().statusCode(200);
        }
        // the proxy appends the address it saw; what the client put before it is the client's invention
        check(number, "192.0.2.99, 198.51.100.1").then().statusCode(429);
    }

    private static io.restassured.response.Response check(String number, String forwardedFor) {
        return given().header("X-Forwarded-For", forwardedFor).queryParam("holderName", "Rahimova")
                .get("/certificates/{number}", number);
    }
}
