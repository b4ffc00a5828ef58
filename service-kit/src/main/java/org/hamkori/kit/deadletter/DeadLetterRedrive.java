package org.hamkori.kit.deadletter;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.hamkori.kit.inbox.EventInbox;
import org.hamkori.kit.inbox.InboxHandler;
import org.hamkori.kit.inbox.TransientFailure;
import org.hamkori.kit.problem.ProblemException;

/**
 * Sends a dead letter back for another try once its cause is fixed: the original record goes through the same inbox
 * and handler as on the live path (so an event applied before is a duplicate), and the dead letter keeps the outcome.
 */
@ApplicationScoped
@IfBuildProperty(name = DeadLetterConsumer.ENABLED, stringValue = "true")
public class DeadLetterRedrive {

    @Inject
    DeadLetterRepository deadLetters;

    @Inject
    EventInbox inbox;

    @Inject
    @Any
    Instance<InboxHandler> handlers;

    /** The outcome of a re-drive; the dead letter as it now stands. */
    public record Redriven(EventInbox.Outcome outcome, String reason, DeadLetter deadLetter) {
    }

    public Redriven redrive(long id) {
        EventInbox.Result result;
        try {
            result = QuarkusTransaction.requiringNew().call(() -> {
                DeadLetterRepository.Redrivable letter = deadLetters.lockForRedrive(id)
                        .orElseThrow(() -> ProblemException.notFound("Dead letter", id));
                EventInbox.Result outcome = inbox.redrive(record(letter), handler(letter));
                deadLetters.redriven(id, outcome);
                return outcome;
            });
        } catch (TransientFailure e) {
            throw new ProblemException(503, "unavailable", "Service unavailable",
                    "The dead letter cannot be applied just now (" + e.getMessage() + "); try again later", List.of());
        }
        DeadLetter now = QuarkusTransaction.requiringNew().call(() -> deadLetters.find(id).orElseThrow());
        return new Redriven(result.outcome(), result.reason(), now);
    }

    private InboxHandler handler(DeadLetterRepository.Redrivable letter) {
        return handlers.stream().filter(h -> h.topics().contains(letter.topic())).findFirst()
                .orElseThrow(() -> ProblemException.conflict("Dead letter " + letter.id() + " came from "
                        + letter.topic() + ", which this service does not consume"));
    }

    private static ConsumerRecord<String, byte[]> record(DeadLetterRepository.Redrivable letter) {
        if (letter.headers() == null || letter.topic() == null || letter.partition() == null
                || letter.offset() == null) {
            throw ProblemException.conflict("Dead letter " + letter.id() + " was kept without its original headers"
                    + " or place (dead-lettered before re-drive existed) and cannot be re-driven");
        }
        RecordHeaders headers = new RecordHeaders();
        letter.headers().forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        return new ConsumerRecord<>(letter.topic(), letter.partition(), letter.offset(), ConsumerRecord.NO_TIMESTAMP,
                TimestampType.NO_TIMESTAMP_TYPE, ConsumerRecord.NULL_SIZE, ConsumerRecord.NULL_SIZE, letter.key(),
                letter.payload(), headers, java.util.Optional.empty());
    }
}
