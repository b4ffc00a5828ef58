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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
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
import org.hamkori.webhooks.repository.DeliveryRepository;
import org.hamkori.webhooks.repository.DeliveryRepository.Claimed;
import org.hamkori.webhooks.repository.EndpointRepository;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries. One dispatcher thread per replica claims them ({@link DeliveryRepository#claim}: safe with
 * replicas, one delivery in flight per endpoint and subject, in {@code ce_sequence} order) within each endpoint's
 * limits (attempts in flight, attempts per second) and the replica's; the requests run asynchronously, so an endpoint
 * that hangs holds its own slots until its timeout and nothing else. A recorder thread records the outcomes, those
 * that finished meanwhile in one transaction: the attempts, the deliveries' next steps and the endpoints' health. The
 * dispatcher is woken by new deliveries and recorded attempts, and looks at least every {@code poll-interval}.
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
    PartnerRequests transport;

    @Inject
    SecretBox secrets;

    @Inject
    DeliveryMetrics metrics;

    /** Finished attempts recorded in one transaction at most. */
    private static final int MAX_RECORDED_TOGETHER = 256;
    /** How long the recorder waits for an attempt to finish before it checks whether it should stop. */
    private static final Duration RECORDER_IDLE = Duration.ofMillis(200);

    private final Semaphore wakeUp = new Semaphore(0);
    private final BlockingQueue<Outcome> finished = new LinkedBlockingQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Map<UUID, Bucket> rates = new ConcurrentHashMap<>();
    private volatile boolean running;
    private Thread dispatcher;
    private Thread recorder;

    /** Where and how a claimed delivery is sent. */
    private record Target(String url, String partnerCode, List<SigningSecret> secrets) {
    }

    /** A finished attempt, waiting to be recorded; its verdict once the delivery has taken it. */
    private record Outcome(Claimed claimed, Target target, AttemptResult result, Delivery.Verdict verdict) {
        Outcome(Claimed claimed, Target target, AttemptResult result) {
            this(claimed, target, result, null);
        }

        Outcome withVerdict(Delivery.Verdict decided) {
            return new Outcome(claimed, target, result, decided);
        }
    }

    /** An attempt recorded, counted in the metrics once its transaction has committed. */
    private record Recorded(DeliveryMetrics metrics, UUID endpoint, String partnerCode, Delivery.Verdict verdict) {
        void count() {
            metrics.attempted(endpoint, partnerCode, verdict);
        }
    }

    void start(@Observes StartupEvent started) {
        if (!config.delivery().enabled()) {
            return;
        }
        running = true;
        recorder = new Thread(this::recordFinished, "webhook-recorder");
        recorder.setDaemon(true);
        recorder.start();
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
        recorder.join(config.delivery().requestTimeout().toMillis() + 1000);
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
        transport.post(target.url(), headers, delivery.payload()).whenComplete((result, failure) -> finished.add(
                new Outcome(delivery, target, result != null ? result
                        : AttemptResult.failed(Instant.now(), Duration.ZERO, String.valueOf(failure)))));
    }

    /**
     * Records finished attempts, as many as have finished meanwhile in one transaction: a commit per attempt would
     * bound the deliveries per second by the database's commits per second. Until shutdown, then until the attempts
     * in flight are recorded.
     */
    private void recordFinished() {
        List<Outcome> batch = new ArrayList<>();
        while (running || inFlight.get() > 0) {
            try {
                Outcome first = finished.poll(RECORDER_IDLE.toMillis(), TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            finished.drainTo(batch, MAX_RECORDED_TOGETHER - 1);
            try {
                record(batch);
            } finally {
                inFlight.addAndGet(-batch.size());
                batch.clear();
                wake();
            }
        }
    }

    private void record(List<Outcome> batch) {
        try {
            QuarkusTransaction.requiringNew().call(() -> recordTogether(batch)).forEach(Recorded::count);
        } catch (RuntimeException together) {
            if (batch.size() == 1) {
                // the lease runs out and the delivery is tried again: at least once
                LOG.warnf("Could not record an attempt of delivery %d: %s", batch.get(0).claimed().position(),
                        together.getMessage());
                return;
            }
            // one attempt that cannot be recorded must not hold back the others
            batch.forEach(outcome -> record(List.of(outcome)));
        }
    }

    /**
     * Locks the deliveries in position order, then their endpoints in id order (the order {@code deleteOf} takes
     * them in), so that neither a replica recording nor an endpoint being deleted can deadlock with another.
     */
    private List<Recorded> recordTogether(List<Outcome> batch) {
        RetrySchedule schedule = RetrySchedule.of(config.retry());
        Map<Long, Delivery> locked = deliveries.lockForRecording(
                batch.stream().map(outcome -> outcome.claimed().position()).toList());
        Map<UUID, List<Outcome>> byEndpoint = new TreeMap<>();
        List<Recorded> recorded = new ArrayList<>();
        for (Outcome outcome : batch) {
            Delivery delivery = locked.get(outcome.claimed().position());
            if (delivery == null) {
                continue; // its endpoint was deleted meanwhile
            }
            Delivery.Verdict verdict = delivery.attempted(outcome.result(), schedule, ThreadLocalRandom.current());
            deliveries.recordAttempt(DeliveryAttempt.of(delivery.position, outcome.result()));
            byEndpoint.computeIfAbsent(delivery.endpointId, id -> new ArrayList<>())
                    .add(outcome.withVerdict(verdict));
            recorded.add(new Recorded(metrics, delivery.endpointId, outcome.target().partnerCode(), verdict));
        }
        deliveries.flush();
        byEndpoint.forEach(this::recordHealth);
        return recorded;
    }

    /** The endpoint's health after these attempts, in the order they ended; a run of successes is one statement. */
    private void recordHealth(UUID endpoint, List<Outcome> attempts) {
        attempts.sort(Comparator.comparing(outcome -> outcome.result().at()));
        Instant succeededAt = null;
        for (Outcome outcome : attempts) {
            AttemptResult result = outcome.result();
            if (outcome.verdict() == Delivery.Verdict.DELIVERED) {
                succeededAt = result.at();
                continue;
            }
            if (succeededAt != null) {
                endpoints.succeeded(endpoint, succeededAt);
                succeededAt = null;
            }
            Instant failingSince = endpoints.failed(endpoint, result.at()).orElse(result.at());
            if (outcome.verdict() == Delivery.Verdict.FAILED) {
                endpoints.deliveryFailed(endpoint);
            }
            Endpoint.disablingReason(result, failingSince, config.disableFailingAfter()).ifPresent(reason -> {
                endpoints.disable(endpoint, reason, result.at());
                LOG.warnf("Endpoint %s disabled: %s", endpoint, reason);
            });
        }
        if (succeededAt != null) {
            endpoints.succeeded(endpoint, succeededAt);
        }
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
