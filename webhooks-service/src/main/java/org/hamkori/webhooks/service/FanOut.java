package org.hamkori.webhooks.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.hamkori.contract.CloudEventHeaders;
import org.hamkori.kit.inbox.EventRejectedException;
import org.hamkori.kit.inbox.InboundEvent;
import org.hamkori.kit.inbox.InboxHandler;
import org.hamkori.webhooks.Endpoint;
import org.hamkori.webhooks.WebhooksConfig;
import org.hamkori.webhooks.repository.DeliveryRepository;
import org.hamkori.webhooks.repository.DeliveryRepository.NewDelivery;
import org.hamkori.webhooks.repository.EndpointRepository;

/**
 * Turns each event into one delivery per enabled endpoint that accepts it, in the inbox's transaction: an event
 * redelivered by Kafka is a duplicate for the inbox and queues nothing more (fan-out exactly once). A delivery keeps
 * the record as received: the payload's bytes and its CloudEvents headers, which is why the fan-out applies events
 * only once bound to their records ({@link #reading}): a poll's records on the live path, a dead letter's record when
 * it is re-driven (service-kit's {@code DeadLetterRedrive} finds this handler by its topics).
 */
@ApplicationScoped
public class FanOut implements InboxHandler {

    private static final Set<String> PLACE_FIELDS = Set.of("regionCode", "districtCode");

    @Inject
    EndpointRepository endpoints;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    ObjectMapper json;

    @Inject
    WebhooksConfig config;

    @Override
    public Set<String> topics() {
        return Set.copyOf(config.topics());
    }

    @Override
    public void apply(InboundEvent event) {
        throw new IllegalStateException("the fan-out reads each event's record: apply it through reading(records)");
    }

    /** The handler of these records: it finds each event's bytes and headers among them. */
    @Override
    public InboxHandler reading(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, ConsumerRecord<String, byte[]>> byPlace = new HashMap<>();
        records.forEach(r -> byPlace.put(place(r.topic(), r.partition(), r.offset()), r));
        return new InboxHandler() {
            @Override
            public Set<String> topics() {
                return FanOut.this.topics();
            }

            @Override
            public void apply(InboundEvent event) {
                apply(List.of(event), EventScope.NONE);
            }

            @Override
            public void apply(List<InboundEvent> events, EventScope each) {
                List<Endpoint> enabled = endpoints.enabled();
                List<NewDelivery> queued = new ArrayList<>();
                for (InboundEvent event : events) {
                    ConsumerRecord<String, byte[]> record = byPlace.get(
                            place(event.topic(), event.partition(), event.offset()));
                    each.run(event, () -> queued.addAll(deliveriesOf(event, record, enabled)));
                }
                deliveries.queue(queued, Instant.now(), false);
            }
        };
    }

    /** The deliveries of one event to those of {@code candidates} that accept it. */
    public List<NewDelivery> deliveriesOf(InboundEvent event, ConsumerRecord<String, byte[]> record,
            Collection<Endpoint> candidates) {
        Map<String, String> place = placeOf(record.value());
        List<NewDelivery> queued = new ArrayList<>();
        for (Endpoint endpoint : candidates) {
            if (endpoint.accepts(event.type().ceType(), place)) {
                queued.add(new NewDelivery(endpoint.id, event.id(), event.type().ceType(), event.subject(),
                        event.sequence(), event.time(), event.topic(), event.partition(), event.offset(),
                        cloudEventHeaders(record), record.value()));
            }
        }
        return queued;
    }

    /** The record's CloudEvents headers and content type, as received. */
    private static Map<String, String> cloudEventHeaders(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            if ((header.key().startsWith("ce_") || header.key().equals(CloudEventHeaders.CONTENT_TYPE))
                    && header.value() != null) {
                headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return headers;
    }

    /** The payload's regionCode and districtCode, those it has. */
    private Map<String, String> placeOf(byte[] payload) {
        JsonNode tree;
        try {
            tree = json.readTree(payload);
        } catch (IOException e) {
            throw new EventRejectedException("the payload is not JSON: " + e.getMessage(), e);
        }
        Map<String, String> place = new HashMap<>();
        PLACE_FIELDS.forEach(field -> {
            JsonNode value = tree.get(field);
            if (value != null && value.isTextual()) {
                place.put(field, value.asText());
            }
        });
        return place;
    }

    private static String place(String topic, int partition, long offset) {
        return topic + "/" + partition + "/" + offset;
    }
}
