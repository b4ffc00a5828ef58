package org.hamkori.kit.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A deployed service trusts no token until it is told whose: in the prod profile it refuses to start
 * unless the issuer and its keys are configured (no key ships with the services). In every profile it refuses
 * the issuer {@value #WITHDRAWN_ISSUER}: the development key that signed its tokens was once committed, so anyone
 * can sign such a token.
 */
@ApplicationScoped
public class TokenVerificationSettings {

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    Optional<String> issuer;

    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> keysLocation;

    @ConfigProperty(name = "mp.jwt.verify.publickey")
    Optional<String> inlineKey;

    static final String WITHDRAWN_ISSUER = "hamkori-dev";

    void check(@Observes StartupEvent startup) {
        refuseWithdrawnIssuer(issuer);
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (issuer.filter(value -> !value.isBlank()).isEmpty()) {
            missing.add("MP_JWT_VERIFY_ISSUER (the identity provider's issuer, e.g. https://sso.example.org/realms/hamkori)");
        }
        if (keysLocation.filter(value -> !value.isBlank()).isEmpty() && inlineKey.filter(value -> !value.isBlank()).isEmpty()) {
            missing.add("MP_JWT_VERIFY_PUBLICKEY_LOCATION (its signing keys, e.g. <issuer>/protocol/openid-connect/certs)");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("No token issuer is configured, so no request could be authenticated. Set "
                    + String.join(" and ", missing) + ". For the local Keycloak of ./hamkori up: MP_JWT_VERIFY_ISSUER="
                    + "http://127.0.0.1:8180/realms/hamkori and MP_JWT_VERIFY_PUBLICKEY_LOCATION="
                    + "http://127.0.0.1:8180/realms/hamkori/protocol/openid-connect/certs");
        }
    }

    static void refuseWithdrawnIssuer(Optional<String> issuer) {
        if (issuer.map(String::trim).filter(WITHDRAWN_ISSUER::equals).isPresent()) {
            throw new IllegalStateException("MP_JWT_VERIFY_ISSUER is " + WITHDRAWN_ISSUER + ", the issuer of a development"
                    + " key whose private half is public: no token of it can be trusted. Set the issuer of your identity"
                    + " provider (e.g. https://sso.example.org/realms/hamkori)");
        }
    }
}
