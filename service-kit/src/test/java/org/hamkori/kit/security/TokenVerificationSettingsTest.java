package org.hamkori.kit.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenVerificationSettingsTest {

    @Test
    void theIssuerOfTheWithdrawnDevelopmentKeyIsRefused() {
        IllegalStateException refusal = assertThrows(IllegalStateException.class,
                () -> TokenVerificationSettings.refuseWithdrawnIssuer(Optional.of(" hamkori-dev ")));

        assertTrue(refusal.getMessage().contains("MP_JWT_VERIFY_ISSUER"), refusal.getMessage());
    }

    @Test
    void anIdentityProvidersIssuerIsAccepted() {
        assertDoesNotThrow(() -> TokenVerificationSettings.refuseWithdrawnIssuer(
                Optional.of("https://sso.example.org/realms/hamkori")));
        assertDoesNotThrow(() -> TokenVerificationSettings.refuseWithdrawnIssuer(Optional.empty()));
    }
}
