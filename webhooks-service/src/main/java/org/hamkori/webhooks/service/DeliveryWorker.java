package org.hamkori.webhooks.service;

import io.github.bucket4j.Bucket;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hamkori.webhooks.AttemptResult;
import org.hamkori.webhooks.Delivery;
import org.hamkori.webhooks.DeliveryAttempt;
import org.hamkori.webhooks.Endpoint;
import org.hamkori.webhooks.RetrySchedule;
import org.hamkori.webhooks.SigningSecret;
import org.hamkori.webhooks.WebhookRequest;
import org.hamkori.webhooks.WebhooksConfig;
import org.hamkori.webhooks.messaging.WebhookTransport;
import org.hamkori.webhooks.repository.DeliveryRepository;
import org.hamkori.webhooks.repository.DeliveryRepository.Claimed;
import org.hamkori.webhooks.repository.EndpointRepository;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries. One dispatcher thread per replica claims them ({@link DeliveryRepository#claim}: safe with
 * replicas, one delivery in flight per endpoint and subject, in {@code ce_sequence} order) within each endpoint's
 * limits (attempts in flight, attempts per second) and the replica's; the requests run asynchronously, so an endpoint
 * that hangs holds its own slots until its timeout and nothing else. Each outcome is recorded in its own transaction
 * on a small pool: the attempt, the delivery's next step and the endpoint's health. The dispatcher is woken by new
 * deliveries and finished attempts, and looks at least every {@code poll-interval}.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    @Inject
    WebhooksConfig config;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    EndpointRepository endpoints;

    @Inject
    WebhookTransport transport;

    @Inject
    SecretBox secrets;

    @Inject
    DeliveryMetrics metrics;

    private final Semaphore wakeUp = new Semaphore(0);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Map<UUID, Bucket> rates = new ConcurrentHashMap<>();
    private volatile boolean running;
    private Thread dispatcher;
    private ExecutorService outcomes;

    /** Where and how a claimed delivery is sent. */
    private record Target(String url, String partnerCode, List<SigningSecret> secrets) {
    }

    void start(@Observes StartupEvent started) {
        if (!config.delivery().enabled()) {
            return;
        }
        running = true;
        outcomes = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "webhook-outcomes");
            thread.setDaemon(true);
            return thread;
        });
        dispatcher = new Thread(this::dispatch, "webhook-dispatcher");
        dispatcher.setDaemon(true);
        dispatcher.start();
    }

    /** At shutdown no new attempt starts; attempts in flight are recorded if they end in time, else leased again. */
    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        if (!running) {
            return;
        }
        running = false;
        wake();
        dispatcher.join(TimeUnit.SECONDS.toMillis(10));
        outcomes.shutdown();
        outcomes.awaitTermination(config.delivery().requestTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
    }

    /** Something may be due: new deliveries, a finished attempt, a redelivery. */
    public void wake() {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    private void dispatch() {
        long poll = config.delivery().pollInterval().toMillis();
        while (running) {
            int started = 0;
            try {
                started = dispatchDue();
            } catch (RuntimeException e) {
                LOG.warnf("Could not claim deliveries (retrying in %d ms): %s", poll, e.getMessage());
            }
            if (started == 0) {
                try {
                    wakeUp.tryAcquire(poll, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private int dispatchDue() {
        int capacity = config.delivery().maxInFlight() - inFlight.get();
        if (capacity <= 0) {
            return 0;
        }
        Map<UUID, Target> targets = new HashMap<>();
        List<Claimed> claimed = QuarkusTransaction.requiringNew().call(() -> {
            Map<UUID, Integer> busy = deliveries.inFlight();
            Map<UUID, Integer> room = new HashMap<>();
            Instant now = Instant.now();
            for (Endpoint endpoint : endpoints.enabled()) {
                int free = Math.min(config.delivery().maxInFlightPerEndpoint() - busy.getOrDefault(endpoint.id, 0),
                        (int) Math.min(Integer.MAX_VALUE, rate(endpoint.id).getAvailableTokens()));
                if (free > 0) {
                    room.put(endpoint.id, free);
                    targets.put(endpoint.id, new Target(endpoint.url, endpoint.partnerCode,
                            endpoint.signingSecrets(now).stream().map(secrets::open).toList()));
                }
            }
            return deliveries.claim(room, capacity, lease());
        });
        for (Claimed delivery : claimed) {
            rate(delivery.endpointId()).tryConsume(1);
            send(delivery, targets.get(delivery.endpointId()));
        }
        return claimed.size();
    }

    private void send(Claimed delivery, Target target) {
        inFlight.incrementAndGet();
        Map<String, String> headers = WebhookRequest.headers(delivery.headers(), delivery.eventId().toString(),
                Instant.now(), delivery.payload(), target.secrets());
        transport.post(target.url(), headers, delivery.payload())
                .whenCompleteAsync((result, failure) -> {
                    try {
                        record(delivery, target, result != null ? result
                                : AttemptResult.failed(Instant.now(), Duration.ZERO, String.valueOf(failure)));
                    } catch (RuntimeException e) {
                        // the lease runs out and the delivery is tried again: at least once
                        LOG.warnf("Could not record an attempt of delivery %d: %s", delivery.position(), e.getMessage());
                    } finally {
                        inFlight.decrementAndGet();
                        wake();
                    }
                }, outcomes);
    }

    private void record(Claimed claimed, Target target, AttemptResult result) {
        RetrySchedule schedule = RetrySchedule.of(config.retry());
        QuarkusTransaction.requiringNew().run(() -> {
            Delivery delivery = deliveries.findById(claimed.position());
            if (delivery == null) {
                return; // its endpoint was deleted meanwhile
            }
            Delivery.Verdict verdict = delivery.attempted(result, schedule, ThreadLocalRandom.current());
            DeliveryAttempt.of(delivery.position, result).persist();
            if (verdict == Delivery.Verdict.DELIVERED) {
                endpoints.succeeded(delivery.endpointId, result.at());
            } else {
                Instant failingSince = endpoints.failed(delivery.endpointId, result.at()).orElse(result.at());
                if (verdict == Delivery.Verdict.FAILED) {
                    endpoints.deliveryFailed(delivery.endpointId);
                }
                Endpoint.disablingReason(result, failingSince, config.disableFailingAfter())
                        .ifPresent(reason -> {
                            endpoints.disable(delivery.endpointId, reason, result.at());
                            LOG.warnf("Endpoint %s disabled: %s", delivery.endpointId, reason);
                        });
            }
            metrics.attempted(delivery.endpointId, target.partnerCode(), verdict);
        });
    }

    /** Long enough for any attempt to end (connect, then the request), with room to record it. */
    private Duration lease() {
        return config.delivery().connectTimeout().plus(config.delivery().requestTimeout()).multipliedBy(2)
                .plusSeconds(10);
    }

    private Bucket rate(UUID endpoint) {
        int perSecond = config.delivery().maxPerSecondPerEndpoint();
        return rates.computeIfAbsent(endpoint, id -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perSecond).refillGreedy(perSecond, Duration.ofSeconds(1)))
                .build());
    }
}
