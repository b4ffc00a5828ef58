package org.hamkori.kit.kafka;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;

/**
 * Configuration of the Kafka clients a service creates itself (the outbox relay's producer, admin clients,
 * stand-alone consumers): the same {@code kafka.*} settings the SmallRye channels get (bootstrap servers,
 * {@code security.protocol}, SASL, TLS, …), then the client's own settings on top.
 */
@ApplicationScoped
public class KafkaClientConfig {

    private final Map<String, Object> shared;

    @Inject
    public KafkaClientConfig(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        Map<String, Object> settings = new HashMap<>(kafkaConfig);
        // Quarkus adds the application's name as group.id for the channels; a client created here joins a
        // consumer group only when it asks for one.
        settings.remove(CommonClientConfigs.GROUP_ID_CONFIG);
        this.shared = Map.copyOf(settings);
    }

    /** The shared settings, then {@code clientId}, then {@code clientSettings} (which win). */
    public Properties properties(String clientId, Map<String, ?> clientSettings) {
        Properties properties = new Properties();
        properties.putAll(shared);
        properties.put(CommonClientConfigs.CLIENT_ID_CONFIG, clientId);
        properties.putAll(clientSettings);
        return properties;
    }
}
