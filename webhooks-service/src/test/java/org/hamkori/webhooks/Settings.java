package org.hamkori.webhooks;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** {@link WebhooksConfig} for tests without Quarkus: the defaults, private addresses and the key as given. */
public final class Settings {

    private Settings() {
    }

    public static WebhooksConfig of(boolean allowPrivateAddresses, Optional<String> encryptionKey) {
        WebhooksConfig.Delivery delivery = proxy(WebhooksConfig.Delivery.class, name -> switch (name) {
            case "enabled" -> true;
            case "connectTimeout", "requestTimeout" -> Duration.ofSeconds(5);
            case "maxInFlightPerEndpoint" -> 4;
            case "maxPerSecondPerEndpoint" -> 50;
            case "maxInFlight" -> 256;
            case "pollInterval" -> Duration.ofMillis(250);
            default -> throw new UnsupportedOperationException(name);
        });
        return proxy(WebhooksConfig.class, name -> switch (name) {
            case "topics" -> List.of("centers.events", "groups.events", "training.events");
            case "consumerGroup" -> "webhooks-service-test";
            case "encryptionKey" -> encryptionKey;
            case "allowPrivateAddresses" -> allowPrivateAddresses;
            case "delivery" -> delivery;
            default -> throw new UnsupportedOperationException(name);
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, java.util.function.Function<String, Object> values) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, arguments) -> values.apply(method.getName()));
    }
}
