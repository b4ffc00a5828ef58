package org.hamkori.kit.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaConnectionTest {

    @Test
    void theBrokersAndTheirSecurityReachTheServicesOwnClientsButNotTheChannelSettings() {
        Map<String, Object> kafka = Map.of("bootstrap.servers", "kafka-0:9093", "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512", "sasl.jaas.config", "scram login",
                "ssl.truststore.location", "/etc/hamkori/kafka-truststore/truststore.p12",
                "auto.offset.reset", "earliest", "group.id", "groups-service");

        assertEquals(Map.of("bootstrap.servers", "kafka-0:9093", "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512", "sasl.jaas.config", "scram login",
                "ssl.truststore.location", "/etc/hamkori/kafka-truststore/truststore.p12"),
                KafkaConnection.settings(kafka));
    }
}
