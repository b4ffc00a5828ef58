package org.hamkori.reporting.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hamkori.kit.inbox.EventInbox;
import org.hamkori.kit.inbox.InboundEvent;
import org.hamkori.reporting.service.CenterProjector;
import org.hamkori.reporting.service.FeedFreshness;

/** Feeds the read models from the programme's topics, one record at a time, each in its own transaction. */
@ApplicationScoped
public class ProgrammeEventsConsumer {

    @Inject
    EventInbox inbox;

    @Inject
    CenterProjector centers;

    @Inject
    FeedFreshness freshness;

    @Incoming("centers-events")
    @Blocking
    public void onCenterEvent(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, event -> apply(event, centers::apply));
    }

    private void apply(InboundEvent event, java.util.function.Consumer<InboundEvent> projector) {
        projector.accept(event);
        freshness.applied(event);
    }
}
