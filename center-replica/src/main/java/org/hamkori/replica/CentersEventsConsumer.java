package org.hamkori.replica;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hamkori.kit.inbox.EventInbox;

/** Feeds the local replica of centres from centers.events, each event once, a poll's worth at a time. */
@ApplicationScoped
public class CentersEventsConsumer {

    @Inject
    EventInbox inbox;

    @Inject
    CenterReplicaProjector replica;

    @Incoming("centers-events")
    @Blocking
    public CompletionStage<Void> onCenterEvents(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.receive(batch, replica);
    }
}
