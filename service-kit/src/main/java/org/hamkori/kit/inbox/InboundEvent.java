package org.hamkori.kit.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.hamkori.contract.CloudEventHeaders;
import org.hamkori.contract.DomainEvent;
import org.hamkori.contract.EventJson;
import org.hamkori.contract.EventType;
import org.hamkori.contract.MalformedEventException;

/** A CloudEvent read off a Kafka record, with its payload parsed into the contract's record. */
public record InboundEvent(UUID id, EventType type, UUID subject, long sequence, Instant time, DomainEvent payload,
        String topic, int partition, long offset) {

    /** No event of the programme predates 1991 (the republic, and so its police, dates from then). */
    public static final Instant EARLIEST_TIME = Instant.parse("1991-01-01T00:00:00Z");

    /** Producers' clocks may run ahead of ours, but not by more than this. */
    public static final Duration CLOCK_TOLERANCE = Duration.ofDays(1);

    /** @throws MalformedEventException when a header is missing or wrong, the type unknown or the payload bad */
    public static InboundEvent from(ConsumerRecord<String, byte[]> record) {
        String ceType = header(record, CloudEventHeaders.TYPE);
        EventType type = EventType.byCeType(ceType)
                .orElseThrow(() -> new MalformedEventException("unknown event type " + ceType));
        UUID id = uuid(record, CloudEventHeaders.ID);
        UUID subject = uuid(record, CloudEventHeaders.SUBJECT);
        long sequence;
        Instant time;
        try {
            sequence = Long.parseLong(header(record, CloudEventHeaders.SEQUENCE));
            time = Instant.parse(header(record, CloudEventHeaders.TIME));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new MalformedEventException("bad ce_sequence or ce_time: " + e.getMessage());
        }
        if (time.isBefore(EARLIEST_TIME) || time.isAfter(Instant.now().plus(CLOCK_TOLERANCE))) {
            throw new MalformedEventException("implausible ce_time " + time + ": an event's time lies between "
                    + EARLIEST_TIME + " and a day from now");
        }
        if (record.value() == null) {
            throw new MalformedEventException("record has no payload");
        }
        DomainEvent payload = EventJson.read(record.value(), type.payloadType());
        if (!payload.subjectId().equals(subject)) {
            throw new MalformedEventException("ce_subject " + subject + " does not match the payload's id "
                    + payload.subjectId());
        }
        return new InboundEvent(id, type, subject, sequence, time, payload, record.topic(), record.partition(),
                record.offset());
    }

    @SuppressWarnings("unchecked")
    public <T extends DomainEvent> T payloadAs(Class<T> type) {
        return (T) payload;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null) {
            throw new MalformedEventException("missing header " + name);
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private static UUID uuid(ConsumerRecord<String, byte[]> record, String name) {
        String value = header(record, name);
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("header " + name + " is not a UUID: " + value);
        }
    }
}
