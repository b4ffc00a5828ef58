package org.hamkori.kit.deadletter;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hamkori.contract.CloudEventHeaders;
import org.hamkori.kit.inbox.TransientRetry;

/**
 * Reads the service's dead-letter topic (channel {@code dead-letters}) into {@code dead_letter_record}: the original
 * record's place, headers and payload, its CloudEvents id and type, and the reason SmallRye's dead-letter strategy gave.
 * Idempotent by the dead letter's own offset; waits out a database outage like the event consumers.
 */
@ApplicationScoped
@IfBuildProperty(name = DeadLetterConsumer.ENABLED, stringValue = "true")
public class DeadLetterConsumer {

    /** Build property a consuming service sets, with the {@code dead-letters} channel, to keep and re-drive dead letters. */
    public static final String ENABLED = "hamkori.dead-letters.enabled";

    /** Headers SmallRye's dead-letter strategy adds; the rest are the original record's. */
    static final String DEAD_LETTER_HEADER_PREFIX = "dead-letter-";

    @Inject
    DeadLetterRepository deadLetters;

    @Inject
    TransientRetry retry;

    @Incoming("dead-letters")
    @Blocking
    public void onDeadLetter(ConsumerRecord<String, byte[]> record) {
        Map<String, String> original = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            if (!header.key().startsWith(DEAD_LETTER_HEADER_PREFIX) && header.value() != null) {
                original.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        DeadLetterRepository.Kept kept = new DeadLetterRepository.Kept(record.topic(), record.partition(),
                record.offset(), header(record, "dead-letter-topic"), integer(header(record, "dead-letter-partition")),
                number(header(record, "dead-letter-offset")), record.key(), header(record, CloudEventHeaders.ID),
                header(record, CloudEventHeaders.TYPE), header(record, "dead-letter-reason"),
                header(record, "dead-letter-cause"), header(record, "dead-letter-exception-class-name"), original,
                record.value(), Instant.ofEpochMilli(record.timestamp()));
        retry.call(record.topic() + "-" + record.partition(), "dead letter at offset " + record.offset(),
                () -> QuarkusTransaction.requiringNew().call(() -> {
                    deadLetters.add(kept);
                    return null;
                }));
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
