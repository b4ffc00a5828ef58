package org.hamkori.kit.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, as the bearer token says: the name people know them by, their roles and their scope claims. */
@RequestScoped
public class Caller {

    /** SPEC §2: the regions (regionCode) a coordinator or trainer is limited to; absent means every region. */
    public static final String REGIONS_CLAIM = "regions";

    @Inject
    SecurityIdentity identity;

    /** The token's {@code preferred_username}, else its {@code upn}, else its subject; empty without a token. */
    public Optional<String> name() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            return Stream.of("preferred_username", "upn", "sub")
                    .map(claim -> token.getClaim(claim))
                    .map(Caller::text)
                    .filter(value -> value != null && !value.isBlank())
                    .findFirst();
        }
        return Optional.of(identity.getPrincipal().getName());
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    /** The {@code regions} claim's region codes, when the token carries one (a list, or one text of codes). */
    public Optional<Set<String>> regionsClaim() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)
                || !token.containsClaim(REGIONS_CLAIM)) {
            return Optional.empty();
        }
        return Optional.of(codes(token.getClaim(REGIONS_CLAIM)));
    }

    static Set<String> codes(Object claim) {
        Stream<Object> values;
        if (claim instanceof JsonArray array) {
            values = array.stream().map(Object.class::cast);
        } else if (claim instanceof Collection<?> collection) {
            values = collection.stream().map(Object.class::cast);
        } else {
            values = Stream.of(claim);
        }
        Set<String> codes = new LinkedHashSet<>();
        values.map(Caller::text).filter(value -> value != null)
                // a user attribute typed as "KHATLON, SUGHD" is two regions
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim).filter(code -> !code.isEmpty())
                .forEach(codes::add);
        return codes;
    }

    private static String text(Object value) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        return value.toString();
    }
}
