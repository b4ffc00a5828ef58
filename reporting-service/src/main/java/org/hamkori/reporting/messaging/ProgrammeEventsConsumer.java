package org.hamkori.reporting.messaging;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hamkori.kit.inbox.EventInbox;
import org.hamkori.reporting.readmodel.Projection;

/**
 * Feeds the read models from the programme's topics, a poll's worth of records at a time, each batch in one
 * transaction with its inbox entries; what cannot be applied is dead-lettered alone by the channels' failure strategy.
 */
@ApplicationScoped
public class ProgrammeEventsConsumer {

    @Inject
    EventInbox inbox;

    @Inject
    Projection projection;

    @Incoming("centers-events")
    @Blocking
    public CompletionStage<Void> onCenterEvents(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.receive(batch, projection);
    }

    @Incoming("groups-events")
    @Blocking
    public CompletionStage<Void> onGroupEvents(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.receive(batch, projection);
    }

    @Incoming("training-events")
    @Blocking
    public CompletionStage<Void> onTrainingEvents(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.receive(batch, projection);
    }
}
