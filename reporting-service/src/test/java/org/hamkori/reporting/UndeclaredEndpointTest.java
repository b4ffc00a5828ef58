package org.hamkori.reporting;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.hamkori.testkit.DevTokens;
import org.junit.jupiter.api.Test;

/** The kit's deny-by-default: an endpoint whose author forgot to say who may call it is closed, not open. */
@QuarkusTest
class UndeclaredEndpointTest {

    /** An endpoint that names no role, as a forgetful author would write it. */
    @Path("/test/undeclared")
    public static class UndeclaredResource {
        @GET
        public String secret() {
            return "nobody should read this";
        }
    }

    @Test
    void anEndpointThatDeclaresNoRoleIsRefusedToEveryone() {
        given().get("/test/undeclared").then().statusCode(401);
        for (String role : DevTokens.ROLES) {
            given().auth().oauth2(DevTokens.token(role)).get("/test/undeclared").then().statusCode(403);
        }
    }
}
