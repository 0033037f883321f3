package dev.stepproof.toolkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The events of one execution in the order they were written, as GetExecutionHistory would list them,
 * with queries for what tests usually ask: which states ran, with what input and output, how often a
 * task was attempted.
 *
 * @since 0.1.0
 */
public final class ExecutionHistory {

    /**
     * One entry into a state and, when it exited, its output.
     *
     * @param name           the state's name
     * @param type           e.g. {@code Task}, {@code Pass}
     * @param enteredEventId id of the {@code …StateEntered} event
     * @param input          the state's raw input
     * @param output         the state's output, empty when it did not exit (failed, aborted)
     */
    public record Visit(String name, String type, long enteredEventId, JsonNode input, Optional<JsonNode> output) {
    }

    private final List<HistoryEvent> events;

    public ExecutionHistory(List<HistoryEvent> events) {
        this.events = List.copyOf(events);
    }

    /** @return every event, in order; never null */
    public List<HistoryEvent> events() {
        return events;
    }

    /** @return the names of the states entered, in order, nested branches and iterations included */
    public List<String> statesEntered() {
        List<String> names = new ArrayList<>();
        for (HistoryEvent e : events) {
            if (e.type().endsWith("StateEntered")) {
                names.add(e.stateName());
            }
        }
        return names;
    }

    /** @return every visit of state {@code name}, in order of entry */
    public List<Visit> visits(String name) {
        List<Visit> visits = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            HistoryEvent e = events.get(i);
            if (e.type().endsWith("StateEntered") && name.equals(e.stateName())) {
                String type = e.type().substring(0, e.type().length() - "StateEntered".length());
                visits.add(new Visit(name, type, e.id(), e.payload(), exitOf(i, name, type)));
            }
        }
        return visits;
    }

    private Optional<JsonNode> exitOf(int enteredIndex, String name, String type) {
        String exited = type + "StateExited";
        for (int j = enteredIndex + 1; j < events.size(); j++) {
            HistoryEvent e = events.get(j);
            if (name.equals(e.stateName()) && e.type().equals(type + "StateEntered")) {
                return Optional.empty();
            }
            if (name.equals(e.stateName()) && e.type().equals(exited)) {
                return Optional.ofNullable(e.payload());
            }
        }
        return Optional.empty();
    }

    /**
     * @return the scheduling events of task state {@code name} ({@code TaskScheduled} or
     *         {@code LambdaFunctionScheduled}), one per attempt, retries included
     */
    public List<HistoryEvent> taskAttempts(String name) {
        List<HistoryEvent> attempts = new ArrayList<>();
        String current = null;
        for (HistoryEvent e : events) {
            if (e.type().endsWith("StateEntered")) {
                current = e.stateName();
            }
            if ((e.type().equals("TaskScheduled") || e.type().equals("LambdaFunctionScheduled")
                    || e.type().equals("ActivityScheduled")) && name.equals(e.stateName() != null ? e.stateName() : current)) {
                attempts.add(e);
            }
        }
        return attempts;
    }

    /** @return {@code {"events": [...]}} as GetExecutionHistory returns it */
    public ObjectNode toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode list = root.putArray("events");
        events.forEach(e -> list.add(e.toJson()));
        return root;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        events.forEach(e -> sb.append(e).append('\n'));
        return sb.toString();
    }
}
