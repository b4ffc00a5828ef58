package org.hamkori.reporting.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hamkori.contract.CloudEventHeaders;
import org.hamkori.reporting.repository.DeadLetterRepository;

/**
 * Reads the service's dead-letter topic into {@code dead_letter}: the original record's place, its CloudEvents
 * id and type, and the reason SmallRye's dead-letter strategy gave. Idempotent by the record's own offset.
 */
@ApplicationScoped
public class DeadLetterConsumer {

    /** Payloads are kept to this many characters: enough to see what was wrong. */
    private static final int PAYLOAD_KEPT = 4000;

    @Inject
    DeadLetterRepository deadLetters;

    @Incoming("dead-letters")
    @Blocking
    @Transactional
    public void onDeadLetter(ConsumerRecord<String, byte[]> record) {
        String payload = record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
        if (payload != null && payload.length() > PAYLOAD_KEPT) {
            payload = payload.substring(0, PAYLOAD_KEPT);
        }
        deadLetters.add(new DeadLetterRepository.DeadLetter(record.partition(), record.offset(),
                header(record, "dead-letter-topic"), integer(header(record, "dead-letter-partition")),
                number(header(record, "dead-letter-offset")), record.key(), header(record, CloudEventHeaders.ID),
                header(record, CloudEventHeaders.TYPE), header(record, "dead-letter-reason"),
                header(record, "dead-letter-cause"), header(record, "dead-letter-exception-class-name"), payload,
                Instant.ofEpochMilli(record.timestamp())));
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Integer integer(String value) {
        Long number = number(value);
        return number == null ? null : number.intValue();
    }

    private static Long number(String value) {
        try {
            return value == null ? null : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
