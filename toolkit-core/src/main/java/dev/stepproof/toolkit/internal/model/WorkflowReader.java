package dev.stepproof.toolkit.internal.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.parse.LocatedDocument;
import dev.stepproof.toolkit.model.State;
import dev.stepproof.toolkit.model.Workflow;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a {@code StartAt}/{@code States} object: the top level, a Parallel branch or a Map processor. */
final class WorkflowReader {

    private WorkflowReader() {
    }

    static Workflow workflow(JsonNode node, String pointer) {
        return new Workflow(pointer, JsonFields.text(node, "StartAt"), states(node, pointer),
                JsonFields.text(node, "Comment"));
    }

    /** States that are not objects or have no known {@code Type} are left out: the model cannot type them. */
    static Map<String, State> states(JsonNode workflow, String pointer) {
        JsonNode states = JsonFields.object(workflow, "States");
        Map<String, State> byName = new LinkedHashMap<>();
        if (states == null) {
            return byName;
        }
        String statesPointer = LocatedDocument.child(pointer, "States");
        for (Map.Entry<String, JsonNode> entry : states.properties()) {
            String statePointer = LocatedDocument.child(statesPointer, entry.getKey());
            State state = StateReader.state(entry.getKey(), entry.getValue(), statePointer);
            if (state != null) {
                byName.put(entry.getKey(), state);
            }
        }
        return byName;
    }
}
