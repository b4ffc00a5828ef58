package org.hamkori.kit.sample.messaging;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hamkori.kit.inbox.EventInbox;

/** Hands the parcels' events to the inbox, a poll's worth at a time, as the services' consumers do. */
@ApplicationScoped
public class ParcelEventsConsumer {

    @Inject
    EventInbox inbox;

    @Inject
    ParcelReceipts receipts;

    @Incoming("parcel-events")
    @Blocking
    public CompletionStage<Void> onParcelEvents(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.receive(batch, receipts);
    }
}
