package org.hamkori.kit.messaging;

import java.util.Map;
import java.util.TreeMap;

/**
 * How a Kafka client the service creates itself (outbox producer, admin client, stand-alone consumers) reaches the
 * brokers: the same bootstrap servers and security as the messaging channels, i.e. every {@code kafka.*} setting
 * of the connection ({@code KAFKA_BOOTSTRAP_SERVERS}, {@code KAFKA_SECURITY_PROTOCOL}, {@code KAFKA_SASL_*},
 * {@code KAFKA_SSL_*} in the environment), and none of the channels' other settings.
 */
public final class KafkaConnection {

    private KafkaConnection() {
    }

    /** The connection settings within Quarkus' {@code default-kafka-broker} configuration. */
    public static Map<String, Object> settings(Map<String, Object> kafkaConfig) {
        Map<String, Object> connection = new TreeMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (key.equals("bootstrap.servers") || key.equals("security.protocol") || key.equals("client.dns.lookup")
                    || key.startsWith("sasl.") || key.startsWith("ssl.")) {
                connection.put(key, value);
            }
        });
        return connection;
    }
}
