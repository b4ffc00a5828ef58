package org.hamkori.kit.sample.messaging;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * The relay's producer interceptor in the kit's tests: a record for a topic of the catalogue goes to
 * {@code kit-test.<topic>} instead, so that the test service's events never reach a service's topic.
 */
public class KitTestTopics implements ProducerInterceptor<String, byte[]> {

    public static final String PREFIX = "kit-test.";

    /** Where the test service's records for {@code topic} go. */
    public static String of(String topic) {
        return topic.startsWith(PREFIX) ? topic : PREFIX + topic;
    }

    @Override
    public ProducerRecord<String, byte[]> onSend(ProducerRecord<String, byte[]> record) {
        return new ProducerRecord<>(of(record.topic()), record.partition(), record.timestamp(), record.key(),
                record.value(), record.headers());
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
        // nothing to observe: the relay reads the acknowledgements itself
    }

    @Override
    public void close() {
        // holds nothing
    }

    @Override
    public void configure(Map<String, ?> configs) {
        // takes no settings
    }
}
