package org.hamkori.contract.compatibility;

import static org.hamkori.contract.compatibility.SchemaCompatibility.escape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the released AsyncAPI document with the current one: every released topic is still there, every event
 * type is still published on the same topic with the same payload schema and record key, and its required headers
 * are still required and accept what they accepted. Events are matched by their {@code ce_type}, so a {@code …v2}
 * published beside {@code v1} is a new event; headers are compared after merging their {@code allOf} parts.
 */
public final class AsyncApiCompatibility {

    private AsyncApiCompatibility() {
    }

    public static List<Breaking> compare(JsonNode released, JsonNode current) {
        List<Breaking> breakings = new ArrayList<>();
        Map<String, Channel> channelsNow = channels(current);
        for (Channel channel : channels(released).values()) {
            Channel same = channelsNow.get(channel.address());
            if (same == null) {
                breakings.add(new Breaking(channel.address(), channel.pointer(), Rule.TOPIC_CHANGED,
                        "no channel has the address " + channel.address() + " any more"));
            } else if (!channel.kafkaTopic().equals(same.kafkaTopic())) {
                breakings.add(new Breaking(channel.address(), channel.pointer() + "/bindings/kafka/topic",
                        Rule.TOPIC_CHANGED, "Kafka topic " + channel.kafkaTopic() + " became " + same.kafkaTopic()));
            }
            for (Message message : channel.messages().values()) {
                Message successor = same == null ? null : same.messages().get(message.identity());
                if (successor != null) {
                    compareMessages(message, successor, breakings);
                } else {
                    breakings.add(movedOrRemoved(message, channel, channelsNow));
                }
            }
        }
        // a message several channels carry (the dead letters) is compared once for each of them
        return breakings.stream().distinct().toList();
    }

    private static Breaking movedOrRemoved(Message message, Channel channel, Map<String, Channel> channelsNow) {
        return channelsNow.values().stream()
                .filter(other -> other.messages().containsKey(message.identity()))
                .findFirst()
                .map(other -> new Breaking(message.identity(), message.pointer(), Rule.TOPIC_CHANGED,
                        "published on " + other.address() + " instead of " + channel.address()))
                .orElseGet(() -> new Breaking(message.identity(), message.pointer(), Rule.EVENT_TYPE_REMOVED,
                        "no channel publishes it any more"));
    }

    private static void compareMessages(Message released, Message current, List<Breaking> breakings) {
        String payload = released.node().at("/payload/schema/$ref").asText();
        String payloadNow = current.node().at("/payload/schema/$ref").asText();
        if (!payload.equals(payloadNow)) {
            breakings.add(new Breaking(released.identity(), released.pointer() + "/payload/schema/$ref",
                    Rule.EVENT_TYPE_REMOVED, "it carries " + payloadNow + " instead of " + payload));
        }
        if (!released.key().equals(current.key())) {
            breakings.add(new Breaking(released.identity(), released.pointer() + "/bindings/kafka/key",
                    Rule.MESSAGE_KEY_CHANGED, "key " + released.key() + " became " + current.key()));
        }
        compareHeaders(released, current, breakings);
    }

    private static void compareHeaders(Message released, Message current, List<Breaking> breakings) {
        Set<String> wasRequired = texts(released.headers().path("required"));
        Set<String> isRequired = texts(current.headers().path("required"));
        Set<String> names = new LinkedHashSet<>(wasRequired);
        released.headers().path("properties").fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            String pointer = released.pointer() + "/headers/properties/" + escape(name);
            JsonNode schema = released.headers().path("properties").get(name);
            JsonNode schemaNow = current.headers().path("properties").get(name);
            if (wasRequired.contains(name) && !isRequired.contains(name)) {
                breakings.add(new Breaking(released.identity(), pointer, Rule.REQUIRED_HEADER_REMOVED,
                        "header " + name + (schemaNow == null ? " is gone" : " is no longer required")));
            } else if (schema != null && schemaNow == null) {
                breakings.add(new Breaking(released.identity(), pointer, Rule.PROPERTY_REMOVED, "header " + name + " is gone"));
            } else if (schema != null) {
                SchemaCompatibility.compare(released.identity(), schema, schemaNow).forEach(b -> breakings.add(b.under(pointer)));
            }
        }
        for (String name : isRequired) {
            if (!wasRequired.contains(name)) {
                breakings.add(new Breaking(released.identity(), released.pointer() + "/headers/properties/" + escape(name),
                        Rule.PROPERTY_MADE_REQUIRED, "header " + name + " is required now"));
            }
        }
    }

    private record Channel(String pointer, String address, String kafkaTopic, Map<String, Message> messages) {
    }

    /** A message of a channel; {@code identity} is its ce_type, or its name when it has none (dead letters). */
    private record Message(String identity, String pointer, JsonNode node, JsonNode key, JsonNode headers) {
    }

    private static Map<String, Channel> channels(JsonNode document) {
        Map<String, Channel> channels = new LinkedHashMap<>();
        document.path("channels").fields().forEachRemaining(entry -> {
            JsonNode channel = entry.getValue();
            String pointer = "/channels/" + escape(entry.getKey());
            Map<String, Message> messages = new LinkedHashMap<>();
            channel.path("messages").fields().forEachRemaining(ref -> {
                Message message = message(document, ref.getValue(), pointer + "/messages/" + escape(ref.getKey()));
                messages.put(message.identity(), message);
            });
            String address = channel.path("address").asText();
            channels.put(address, new Channel(pointer, address, channel.at("/bindings/kafka/topic").asText(), messages));
        });
        return channels;
    }

    private static Message message(JsonNode document, JsonNode reference, String pointerInChannel) {
        String pointer = reference.has("$ref") ? reference.get("$ref").asText().substring(1) : pointerInChannel;
        JsonNode node = resolve(document, reference);
        JsonNode headers = mergedSchema(document, node.path("headers"));
        JsonNode ceType = headers.at("/properties/ce_type/const");
        String identity = ceType.isTextual() ? ceType.asText() : node.path("name").asText();
        return new Message(identity, pointer, node, key(document, node.at("/bindings/kafka/key")), headers);
    }

    /** The record key as the reference naming it plus its schema without the description. */
    private static JsonNode key(JsonNode document, JsonNode key) {
        ObjectNode schema = resolve(document, key).deepCopy();
        schema.remove("description");
        ObjectNode identity = JsonNodeFactory.instance.objectNode();
        identity.put("$ref", key.path("$ref").asText(null));
        identity.set("schema", schema);
        return identity;
    }

    /** A schema with its {@code allOf} parts merged: the union of required names, each property's keywords combined. */
    private static JsonNode mergedSchema(JsonNode document, JsonNode schema) {
        ObjectNode merged = resolve(document, schema).deepCopy();
        merged.remove("allOf");
        for (JsonNode part : resolve(document, schema).path("allOf")) {
            JsonNode mergedPart = mergedSchema(document, part);
            Set<String> required = texts(merged.path("required"));
            required.addAll(texts(mergedPart.path("required")));
            if (!required.isEmpty()) {
                merged.putArray("required").addAll(required.stream().map(JsonNodeFactory.instance::textNode).toList());
            }
            mergedPart.path("properties").fields().forEachRemaining(property -> {
                ObjectNode properties = merged.has("properties")
                        ? (ObjectNode) merged.get("properties") : merged.putObject("properties");
                ObjectNode combined = properties.has(property.getKey())
                        ? (ObjectNode) properties.get(property.getKey()) : properties.putObject(property.getKey());
                combined.setAll((ObjectNode) property.getValue());
            });
        }
        return merged;
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode resolved = node;
        while (resolved.path("$ref").asText().startsWith("#")) {
            resolved = document.at(resolved.get("$ref").asText().substring(1));
        }
        return resolved.isObject() ? resolved : JsonNodeFactory.instance.objectNode();
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new LinkedHashSet<>();
        array.forEach(value -> texts.add(value.asText()));
        return texts;
    }
}
