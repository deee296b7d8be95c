package nl.bordspiegel.cluster;

import java.lang.reflect.RecordComponent;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.bordspiegel.shared.BoardEvent;

/**
 * A board event as a NOTIFY payload and back: {@code {"node":…,"type":…,"event":{…}}}.
 * Only ids and kinds travel (every database user on the server may LISTEN), so an event
 * record with any other kind of field is refused here rather than sent. The receiving node
 * rebuilds the very record the sender published, so its screens cannot tell a relayed event
 * from a local one; events of its own node are dropped, as they were delivered locally.
 */
final class BoardEventCodec {

    /** Only the application's own event records are rebuilt from a payload. */
    private static final String OWN_PACKAGE = "nl.bordspiegel.";
    private static final Set<Class<?>> ID_TYPES = Set.of(long.class, int.class, boolean.class, Long.class,
            Integer.class, Boolean.class);

    private final ObjectMapper json;
    private final String node;

    BoardEventCodec(ObjectMapper json, String node) {
        this.json = json;
        this.node = node;
    }

    /** The payload, or empty when the event is no record of ids and kinds. */
    Optional<String> encode(BoardEvent event) {
        if (!onlyIdsAndKinds(event.getClass())) {
            return Optional.empty();
        }
        ObjectNode payload = json.createObjectNode();
        payload.put("node", node);
        payload.put("type", event.getClass().getName());
        payload.set("event", json.valueToTree(event));
        return Optional.of(payload.toString());
    }

    /** The event another node committed; empty for this node's own events and for anything unknown. */
    Optional<BoardEvent> decode(String payload) {
        try {
            JsonNode message = json.readTree(payload);
            if (node.equals(message.path("node").asText()) || !message.path("event").isObject()) {
                return Optional.empty();
            }
            Optional<Class<?>> type = eventType(message.path("type").asText());
            if (type.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of((BoardEvent) json.treeToValue(message.get("event"), type.get()));
        } catch (JsonProcessingException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<Class<?>> eventType(String name) {
        if (!name.startsWith(OWN_PACKAGE)) {
            return Optional.empty();
        }
        try {
            // Not initialised: nothing of an unexpected class runs before it passes the checks.
            Class<?> type = Class.forName(name, false, BoardEventCodec.class.getClassLoader());
            return BoardEvent.class.isAssignableFrom(type) && onlyIdsAndKinds(type) ? Optional.of(type) : Optional.empty();
        } catch (ClassNotFoundException unknown) {
            // A node of another version may publish an event this one does not know.
            return Optional.empty();
        }
    }

    static boolean onlyIdsAndKinds(Class<?> type) {
        if (!type.isRecord()) {
            return false;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> field = component.getType();
            if (!ID_TYPES.contains(field) && !field.isEnum()) {
                return false;
            }
        }
        return true;
    }
}
