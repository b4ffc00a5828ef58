package org.hamkori.reporting.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hamkori.kit.inbox.EventInbox;
import org.hamkori.reporting.readmodel.Projection;

/**
 * Feeds the read models from the programme's topics, one record at a time, each in its own transaction with its
 * inbox entry; what cannot be applied is dead-lettered by the channels' failure strategy.
 */
@ApplicationScoped
public class ProgrammeEventsConsumer {

    @Inject
    EventInbox inbox;

    @Inject
    Projection projection;

    @Incoming("centers-events")
    @Blocking
    public void onCenterEvent(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, projection);
    }

    @Incoming("groups-events")
    @Blocking
    public void onGroupEvent(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, projection);
    }

    @Incoming("training-events")
    @Blocking
    public void onTrainingEvent(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, projection);
    }
}
