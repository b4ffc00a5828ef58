package org.hamkori.testkit;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Makes a service under test trust the tokens of {@link DevTokens}: its issuer and the public half of the
 * key pair generated for this JVM. Found through {@code META-INF/services}, so it applies wherever this kit
 * is on the class path, i.e. in tests only; above application.properties, below the environment.
 */
public class TestTokenTrust implements ConfigSource {

    private static final String ISSUER = "mp.jwt.verify.issuer";
    private static final String KEY_LOCATION = "mp.jwt.verify.publickey.location";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(ISSUER, KEY_LOCATION);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(ISSUER, DevTokens.ISSUER, KEY_LOCATION, DevTokens.publicKeyLocation());
    }

    @Override
    public String getValue(String propertyName) {
        return switch (propertyName) {
            case ISSUER -> DevTokens.ISSUER;
            case KEY_LOCATION -> DevTokens.publicKeyLocation();
            default -> null;
        };
    }

    @Override
    public int getOrdinal() {
        return 275;
    }

    @Override
    public String getName() {
        return "hamkori test token trust";
    }
}
