package org.hamkori.kit.sample.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hamkori.kit.inbox.EventRejectedException;
import org.hamkori.kit.inbox.InboundEvent;
import org.hamkori.kit.inbox.InboxHandler;
import org.hamkori.kit.sample.Parcel;

/**
 * Records a receipt of each parcel event it applies; an event about a parcel this service does not know can never
 * apply (until the parcel is there, when its dead letter can be re-driven).
 */
@ApplicationScoped
public class ParcelReceipts implements InboxHandler {

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "mp.messaging.incoming.parcel-events.topic")
    String topic;

    @Override
    public Set<String> topics() {
        return Set.of(topic);
    }

    @Override
    public void apply(InboundEvent event) {
        if (entityManager.find(Parcel.class, event.subject()) == null) {
            throw new EventRejectedException("Parcel " + event.subject() + " does not exist");
        }
        entityManager.createNativeQuery(
                        "INSERT INTO parcel_receipt (event_id, parcel_id, sequence) VALUES (:event, :parcel, :sequence)")
                .setParameter("event", event.id()).setParameter("parcel", event.subject())
                .setParameter("sequence", event.sequence()).executeUpdate();
    }
}
