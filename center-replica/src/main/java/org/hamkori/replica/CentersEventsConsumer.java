package org.hamkori.replica;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hamkori.kit.inbox.EventInbox;

/** Feeds the local replica of centres from centers.events, each event once. */
@ApplicationScoped
public class CentersEventsConsumer {

    @Inject
    EventInbox inbox;

    @Inject
    CenterReplicaProjector replica;

    @Incoming("centers-events")
    @Blocking
    public void onCenterEvent(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, replica);
    }
}
