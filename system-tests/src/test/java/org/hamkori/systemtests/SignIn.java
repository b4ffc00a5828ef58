package org.hamkori.systemtests;

import org.hamkori.scenario.DemoTokens;

/** Access tokens of the demo users from the local Keycloak, reused until a minute before each expires. */
final class SignIn {

    private static final DemoTokens TOKENS = new DemoTokens();

    private SignIn() {
    }

    static String token(String role) {
        return TOKENS.of(role);
    }
}
