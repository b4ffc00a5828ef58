package org.hamkori.kit.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** What every service answers at its HTTP edge before a request reaches a resource. */
@ConfigMapping(prefix = "hamkori.http")
public interface HttpEdgeConfig {

    /** The largest request body an endpoint takes, unless it is an upload. */
    @WithDefault("1M")
    MemorySize maxBodySize();

    /** Uploads (attendance sheets, registers): paths matched as regular expressions, e.g. {@code /sessions/[^/]+/attendance-sheet}. */
    Optional<List<String>> uploadPaths();

    /** The largest body an upload takes; {@code quarkus.http.limits.max-body-size} must be at least this. */
    @WithDefault("8M")
    MemorySize maxUploadSize();

    /** How long {@code Strict-Transport-Security} tells a browser to use HTTPS only (sent only over TLS). */
    @WithDefault("31536000")
    long hstsMaxAgeSeconds();
}
