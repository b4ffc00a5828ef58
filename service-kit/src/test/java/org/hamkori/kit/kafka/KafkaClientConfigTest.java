package org.hamkori.kit.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class KafkaClientConfigTest {

    /** What Quarkus gives as the {@code default-kafka-broker} map for {@code kafka.*} settings of a secured cluster. */
    private static final Map<String, Object> SECURED_CLUSTER = Map.of(
            "bootstrap.servers", "kafka-1.example:9093",
            "security.protocol", "SASL_SSL",
            "sasl.mechanism", "SCRAM-SHA-512",
            "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
            "ssl.truststore.location", "/etc/kafka/truststore.p12",
            "group.id", "centers-service");

    @Test
    void everySharedSettingReachesTheClient() {
        Properties properties = new KafkaClientConfig(SECURED_CLUSTER).properties("reporting-admin", Map.of());

        assertEquals("kafka-1.example:9093", properties.get("bootstrap.servers"));
        assertEquals("SASL_SSL", properties.get("security.protocol"));
        assertEquals("SCRAM-SHA-512", properties.get("sasl.mechanism"));
        assertEquals(SECURED_CLUSTER.get("sasl.jaas.config"), properties.get("sasl.jaas.config"));
        assertEquals("/etc/kafka/truststore.p12", properties.get("ssl.truststore.location"));
        assertEquals("reporting-admin", properties.get("client.id"));
    }

    @Test
    void aClientJoinsNoConsumerGroupUnlessItAsksForOne() {
        KafkaClientConfig clients = new KafkaClientConfig(SECURED_CLUSTER);

        assertFalse(clients.properties("replay", Map.of()).containsKey("group.id"));
        assertEquals("replayers", clients.properties("replay", Map.of("group.id", "replayers")).get("group.id"));
    }

    @Test
    void theClientsOwnSettingsWin() {
        Properties properties = new KafkaClientConfig(Map.of("bootstrap.servers", "a:9092", "max.poll.records", "5"))
                .properties("replay", Map.of("max.poll.records", 500));

        assertEquals(500, properties.get("max.poll.records"));
        assertEquals("a:9092", properties.get("bootstrap.servers"));
    }
}
