package org.hamkori.training.rest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.runtime.Startup;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.hamkori.kit.problem.ProblemException;

/**
 * A token bucket per client for the public certificate check. A client unseen for a whole period is forgotten: its
 * bucket would be full again anyway. Made at start-up, so that a malformed trusted proxy stops the service there.
 */
@Startup
@ApplicationScoped
public class CertificateCheckRateLimit {

    private final CertificateCheckLimits limits;
    private final ClientAddress clientAddress;
    private final Cache<String, Bucket> buckets;

    @Inject
    public CertificateCheckRateLimit(CertificateCheckLimits limits) {
        this.limits = limits;
        this.clientAddress = new ClientAddress(limits.trustedProxies().orElse(List.of()));
        this.buckets = Caffeine.newBuilder()
                .maximumSize(limits.rememberedClients())
                .expireAfterAccess(limits.period())
                .build();
    }

    /** Takes one check from the client's allowance, or refuses the request with a 429 saying when to retry. */
    void admit(HttpServerRequest request) {
        String client = clientAddress.of(request.remoteAddress().hostAddress(), request.getHeader("X-Forwarded-For"));
        ConsumptionProbe probe = buckets.get(client, ignored -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw ProblemException.tooManyRequests("At most " + limits.checksPerPeriod() + " certificate checks per "
                    + limits.period().toSeconds() + " s from one client; retry later",
                    Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(limits.checksPerPeriod())
                        .refillGreedy(limits.checksPerPeriod(), limits.period()))
                .build();
    }
}
