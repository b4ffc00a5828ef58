package org.hamkori.webhooks.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hamkori.contract.MalformedEventException;
import org.hamkori.kit.audit.AuditTrail;
import org.hamkori.kit.domain.FieldViolation;
import org.hamkori.kit.domain.InvalidValues;
import org.hamkori.kit.domain.NotFound;
import org.hamkori.kit.inbox.InboundEvent;
import org.hamkori.kit.rest.Page;
import org.hamkori.kit.rest.PageRequest;
import org.hamkori.webhooks.Delivery;
import org.hamkori.webhooks.DeliveryAttempt;
import org.hamkori.webhooks.Endpoint;
import org.hamkori.webhooks.Owner;
import org.hamkori.webhooks.WebhooksConfig;
import org.hamkori.webhooks.repository.DeliveryRepository.NewDelivery;
import org.hamkori.webhooks.repository.DeliveryRepository;
import org.hamkori.webhooks.repository.EndpointRepository;
import org.jboss.logging.Logger;

/**
 * The delivery log of an endpoint, and sending again: one delivery, or every delivery of a time window; each sending
 * again is recorded in the audit trail (who asked, on which endpoint) in its transaction.
 */
@ApplicationScoped
public class DeliveryService {

    private static final Logger LOG = Logger.getLogger(DeliveryService.class);

    @Inject
    EndpointRepository endpoints;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    DeliveryWorker worker;

    @Inject
    TopicHistory topics;

    @Inject
    FanOut fanOut;

    @Inject
    WebhooksConfig config;

    @Inject
    AuditTrail audit;

    /** A delivery with its attempts, oldest first. */
    public record Logged(Delivery delivery, List<DeliveryAttempt> attempts) {
    }

    /**
     * What a recovery set going: deliveries re-queued from the log, and whether (and up to when) the topics are read
     * again for events older than the log keeps.
     */
    public record Recovery(int requeued, Instant replayFrom, Instant replayUntil) {
    }

    public Page<Logged> log(Owner owner, DeliveryRepository.Filter filter, PageRequest page) {
        return QuarkusTransaction.requiringNew().call(() -> {
            visible(filter.endpointId(), owner);
            Page<Delivery> found = Page.of(deliveries.search(filter), page, d -> d);
            Map<Long, List<DeliveryAttempt>> attempts = deliveries.attemptsOf(
                    found.items().stream().map(d -> d.position).toList());
            return found.map(d -> new Logged(d, attempts.getOrDefault(d.position, List.of())));
        });
    }

    /** Sends one delivery again now, whatever became of it. */
    public Logged redeliver(Owner owner, UUID endpointId, UUID deliveryId) {
        Logged logged = QuarkusTransaction.requiringNew().call(() -> {
            Endpoint endpoint = visible(endpointId, owner);
            Delivery delivery = deliveries.find("deliveryId = ?1 and endpointId = ?2", deliveryId, endpointId)
                    .firstResultOptional().orElseThrow(() -> new NotFound("Delivery", deliveryId));
            delivery.requeue(Instant.now());
            audit.record(endpoint, "DeliveryRedelivered");
            return new Logged(delivery, deliveries.attemptsOf(List.of(delivery.position))
                    .getOrDefault(delivery.position, List.of()));
        });
        worker.wake();
        return logged;
    }

    /**
     * Sends again every delivery of the endpoint queued in [since, until): those the log has are re-queued at once;
     * for the part of the window older than the log keeps, the topics are read again in the background and each
     * event the endpoint accepts is queued (or re-queued).
     */
    public Recovery recover(Owner owner, UUID endpointId, Instant since, Instant until) {
        Instant now = Instant.now();
        if (!since.isBefore(until)) {
            throw new InvalidValues("recovery", List.of(new FieldViolation("until", "must be after since")));
        }
        int requeued = QuarkusTransaction.requiringNew().call(() -> {
            audit.record(visible(endpointId, owner), "RecoveryRequested");
            return deliveries.requeue(endpointId, since, until, now);
        });
        worker.wake();
        Instant horizon = now.minus(config.deliveredRetention());
        if (!since.isBefore(horizon)) {
            return new Recovery(requeued, null, null);
        }
        Instant replayUntil = until.isBefore(horizon) ? until : horizon;
        topics.replay("of endpoint " + endpointId, since, replayUntil, records -> queueReplayed(endpointId, records));
        return new Recovery(requeued, since, replayUntil);
    }

    private void queueReplayed(UUID endpointId, List<ConsumerRecord<String, byte[]>> records) {
        QuarkusTransaction.requiringNew().run(() -> {
            Endpoint endpoint = endpoints.findById(endpointId);
            if (endpoint == null) {
                return;
            }
            List<NewDelivery> queued = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> record : records) {
                try {
                    queued.addAll(fanOut.deliveriesOf(InboundEvent.from(record), record, List.of(endpoint)));
                } catch (MalformedEventException e) {
                    LOG.debugf("Replay skips %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                            e.getMessage());
                }
            }
            deliveries.queue(queued, Instant.now(), true);
        });
        worker.wake();
    }

    private Endpoint visible(UUID endpointId, Owner owner) {
        return endpoints.visible(endpointId, owner).orElseThrow(() -> new NotFound("Endpoint", endpointId));
    }
}
