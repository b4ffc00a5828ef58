package org.hamkori.kit.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code hamkori.audit.*}: the audit trail's settings. */
@ConfigMapping(prefix = "hamkori.audit")
public interface AuditConfig {

    /**
     * Off, the audit trail records nothing (no entry, no field states kept): only for measuring what auditing costs
     * ({@code ./hamkori bench}, docs/benchmarks.md). Leave it on in production: SPEC §11 needs every write recorded.
     */
    @WithDefault("true")
    boolean enabled();
}
