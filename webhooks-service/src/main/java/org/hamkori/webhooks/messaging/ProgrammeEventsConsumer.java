package org.hamkori.webhooks.messaging;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hamkori.kit.inbox.EventInbox;
import org.hamkori.webhooks.service.DeliveryWorker;
import org.hamkori.webhooks.service.FanOut;

/**
 * Fans the programme's events out to the endpoints, a poll's worth of records at a time, each batch in one
 * transaction with its inbox entries; what cannot be read or applied is dead-lettered alone by the channels' failure
 * strategy, kept and re-drivable (service-kit). Once a batch committed, the delivery worker is woken.
 */
@ApplicationScoped
public class ProgrammeEventsConsumer {

    @Inject
    EventInbox inbox;

    @Inject
    FanOut fanOut;

    @Inject
    DeliveryWorker worker;

    @Incoming("centers-events")
    @Blocking
    public CompletionStage<Void> onCenterEvents(KafkaRecordBatch<String, byte[]> batch) {
        return receive(batch);
    }

    @Incoming("groups-events")
    @Blocking
    public CompletionStage<Void> onGroupEvents(KafkaRecordBatch<String, byte[]> batch) {
        return receive(batch);
    }

    @Incoming("training-events")
    @Blocking
    public CompletionStage<Void> onTrainingEvents(KafkaRecordBatch<String, byte[]> batch) {
        return receive(batch);
    }

    private CompletionStage<Void> receive(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.receive(batch, fanOut).thenRun(worker::wake);
    }
}
