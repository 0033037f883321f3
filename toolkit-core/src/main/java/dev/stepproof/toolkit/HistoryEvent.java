package dev.stepproof.toolkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.Objects;

/**
 * One event of an execution's history, with AWS's type names and detail fields (as GetExecutionHistory
 * returns them). Payloads are kept as trees and rendered as JSON strings only when {@link #toJson()} or
 * {@link #details()} is called, so recording history costs little.
 *
 * @since 0.1.0
 */
public final class HistoryEvent {

    private final long id;
    private final long previousEventId;
    private final Instant timestamp;
    private final String type;
    private final String stateName;
    private final JsonNode payload;
    private final String error;
    private final String cause;
    private final ObjectNode extra;

    /**
     * @param stateName state name for state and iteration events, else null
     * @param payload   the input or output the event carries (rendered as a JSON string), or null
     * @param error     error name for failure events, or null
     * @param cause     cause text for failure events, or null
     * @param extra     other detail fields exactly as AWS names them, or null
     */
    public HistoryEvent(long id, long previousEventId, Instant timestamp, String type, String stateName,
                        JsonNode payload, String error, String cause, ObjectNode extra) {
        this.id = id;
        this.previousEventId = previousEventId;
        this.timestamp = Objects.requireNonNull(timestamp, "timestamp");
        this.type = Objects.requireNonNull(type, "type");
        this.stateName = stateName;
        this.payload = payload;
        this.error = error;
        this.cause = cause;
        this.extra = extra;
    }

    public long id() {
        return id;
    }

    public long previousEventId() {
        return previousEventId;
    }

    public Instant timestamp() {
        return timestamp;
    }

    /** @return AWS's event type, e.g. {@code TaskStateEntered}, {@code MapIterationStarted} */
    public String type() {
        return type;
    }

    /** @return the state (or, for iteration events, the Map state) the event concerns; null otherwise */
    public String stateName() {
        return stateName;
    }

    /** @return the input or output carried by the event, as a tree; null when it carries none */
    public JsonNode payload() {
        return payload;
    }

    /** @return the error name of a failure event; null otherwise */
    public String error() {
        return error;
    }

    /** @return the cause of a failure event; null when there is none */
    public String cause() {
        return cause;
    }

    /** @return extra detail fields (resource, index, length, …) as AWS names them; never null */
    public ObjectNode extra() {
        return extra == null ? JsonNodeFactory.instance.objectNode() : extra.deepCopy();
    }

    /** @return the details object as GetExecutionHistory shows it, under its AWS key */
    public ObjectNode details() {
        return EventDetails.render(this);
    }

    /** @return the event as one GetExecutionHistory JSON object */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("timestamp", timestamp.toString());
        node.put("type", type);
        node.put("id", id);
        node.put("previousEventId", previousEventId);
        node.setAll(details());
        return node;
    }

    @Override
    public String toString() {
        return id + " <-" + previousEventId + " " + type + (stateName == null ? "" : " '" + stateName + "'");
    }
}
