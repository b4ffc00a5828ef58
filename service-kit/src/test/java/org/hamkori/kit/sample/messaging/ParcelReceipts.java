package org.hamkori.kit.sample.messaging;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hamkori.contract.BoundedContext;
import org.hamkori.kit.inbox.EventInbox;
import org.hamkori.kit.inbox.EventRejectedException;
import org.hamkori.kit.inbox.InboundEvent;
import org.hamkori.kit.inbox.InboxHandler;
import org.hamkori.kit.sample.repository.ParcelRepository;

/**
 * The test service's consumer: hands a poll's parcel events to the inbox and records a receipt of each it applies.
 * An event about a parcel this service does not know can never apply (until the parcel is there, when its dead letter
 * can be re-driven).
 */
@ApplicationScoped
public class ParcelReceipts implements InboxHandler {

    /** What the relay publishes the parcels' events to (application.properties names it for the channel too). */
    public static final String TOPIC = KitTestTopics.of(BoundedContext.CENTERS.topic());

    @Inject
    EventInbox inbox;

    @Inject
    ParcelRepository parcels;

    @Override
    public void apply(InboundEvent event) {
        parcels.findByIdOptional(event.subject()).orElseThrow(
                () -> new EventRejectedException("Parcel " + event.subject() + " does not exist"));
        parcels.recordReceipt(event.id(), event.subject(), event.sequence());
    }

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    @Incoming("parcel-events")
    @Blocking
    public CompletionStage<Void> onParcelEvents(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.receive(batch, this);
    }
}
