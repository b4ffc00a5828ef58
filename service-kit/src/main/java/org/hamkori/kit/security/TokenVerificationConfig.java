package org.hamkori.kit.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import java.util.Optional;

/** The MicroProfile JWT settings that say whose tokens a service trusts. */
@ConfigMapping(prefix = "mp.jwt.verify")
public interface TokenVerificationConfig {

    Optional<String> issuer();

    @WithName("publickey.location")
    Optional<String> keysLocation();

    @WithName("publickey")
    Optional<String> inlineKey();
}
