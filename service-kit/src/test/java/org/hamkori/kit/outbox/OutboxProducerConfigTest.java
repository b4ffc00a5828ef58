package org.hamkori.kit.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.hamkori.kit.kafka.KafkaClientConfig;
import org.junit.jupiter.api.Test;

class OutboxProducerConfigTest {

    private static final KafkaClientConfig SECURED_CLUSTER = new KafkaClientConfig(Map.of(
            "bootstrap.servers", "kafka-1.example:9093",
            "security.protocol", "SASL_SSL",
            "sasl.mechanism", "PLAIN",
            "acks", "1"));

    @Test
    void theRelaysProducerConnectsLikeTheChannels() {
        Properties config = OutboxPublisher.producerConfig(SECURED_CLUSTER, Map.of(), Duration.ofSeconds(30));

        assertEquals("kafka-1.example:9093", config.get("bootstrap.servers"));
        assertEquals("SASL_SSL", config.get("security.protocol"));
        assertEquals("PLAIN", config.get("sasl.mechanism"));
        assertEquals("outbox-relay", config.get("client.id"));
    }

    @Test
    void theRelayKeepsItsDeliveryGuaranteesWhateverTheSharedSettingsSay() {
        Properties config = OutboxPublisher.producerConfig(SECURED_CLUSTER, Map.of(), Duration.ofSeconds(30));

        assertEquals("all", config.get("acks"));
        assertEquals(true, config.get("enable.idempotence"));
    }

    @Test
    void aLoneEventIsSentWithoutLingering() {
        Properties config = OutboxPublisher.producerConfig(SECURED_CLUSTER, Map.of(), Duration.ofSeconds(30));

        assertEquals(0, config.get("linger.ms"),
                "the Kafka 4 producer lingers 5 ms by default, added to every write's way to the reports");
    }

    @Test
    void relaySettingsOverrideAndSendsNeverBlockBeyondTheBatch() {
        Properties config = OutboxPublisher.producerConfig(SECURED_CLUSTER, Map.of("max.request.size", "2048"),
                Duration.ofSeconds(8));

        assertEquals("2048", config.get("max.request.size"));
        assertTrue(((Number) config.get("max.block.ms")).longValue() <= Duration.ofSeconds(8).toMillis() / 4,
                "a blocked send ends inside the quarter of the batch kept for committing");
    }
}
