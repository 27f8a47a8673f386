package org.psoportal.shared.cluster;

import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The wire format of relayed events: {@code {"origin": instance, "type": class name, "event": {...}}}. Decoding
 * accepts only the portal's own {@link CrossInstanceEvent} records, so whoever can write to the Redis channel can
 * at most replay a portal event, never make an instance load or build an arbitrary class.
 */
final class RelayedEvents {

    /** A decoded message: which instance sent it and the event. */
    record Relayed(String origin, CrossInstanceEvent event) {}

    private static final String OWN_PACKAGES = "org.psoportal.";

    private final JsonMapper json = JsonMapper.builder().build();

    String encode(String origin, CrossInstanceEvent event) {
        ObjectNode message = json.createObjectNode();
        message.put("origin", origin);
        message.put("type", event.getClass().getName());
        message.set("event", json.valueToTree(event));
        return json.writeValueAsString(message);
    }

    /** Empty when the message is not a well-formed portal event (logged by the caller, never thrown at Redis). */
    Optional<Relayed> decode(String text) {
        try {
            JsonNode message = json.readTree(text);
            String origin = message.path("origin").asString("");
            String type = message.path("type").asString("");
            if (origin.isEmpty() || !type.startsWith(OWN_PACKAGES) || !message.has("event")) {
                return Optional.empty();
            }
            Class<?> eventType = Class.forName(type, false, RelayedEvents.class.getClassLoader());
            if (!eventType.isRecord() || !CrossInstanceEvent.class.isAssignableFrom(eventType)) {
                return Optional.empty();
            }
            Object event = json.treeToValue(message.get("event"), eventType);
            return Optional.of(new Relayed(origin, (CrossInstanceEvent) event));
        } catch (JacksonException | ClassNotFoundException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
