package org.hamkori.training.rest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How often one client may check certificates (SPEC §6). The check is public: without a limit anyone could walk the
 * number space, or try name after name against one number.
 */
@ConfigMapping(prefix = "hamkori.certificate-check")
public interface CertificateCheckLimits {

    /** Checks one client may make per {@link #period()}; its allowance refills evenly over the period. */
    @WithDefault("30")
    int checksPerPeriod();

    @WithDefault("1M")
    Duration period();

    /** Clients remembered at once (the least recently seen are forgotten first), so a flood of addresses cannot grow the heap. */
    @WithDefault("100000")
    long rememberedClients();

    /**
     * The reverse proxies (addresses or CIDR blocks, e.g. {@code 10.0.0.0/8}) whose {@code X-Forwarded-For} is
     * believed. None by default: the header is the client's own word, and honouring it would let a client pick a new
     * identity for every request.
     */
    Optional<List<String>> trustedProxies();
}
