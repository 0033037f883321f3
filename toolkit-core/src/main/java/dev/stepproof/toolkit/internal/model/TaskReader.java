package dev.stepproof.toolkit.internal.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.parse.LocatedDocument;
import dev.stepproof.toolkit.model.ParallelState;
import dev.stepproof.toolkit.model.TaskState;
import dev.stepproof.toolkit.model.Workflow;

import java.util.ArrayList;
import java.util.List;

import static dev.stepproof.toolkit.internal.model.JsonFields.json;
import static dev.stepproof.toolkit.internal.model.JsonFields.numberOrExpression;
import static dev.stepproof.toolkit.internal.model.JsonFields.pathField;
import static dev.stepproof.toolkit.internal.model.JsonFields.text;

/** Reads Task and Parallel states: the two that produce a result and have Retry/Catch besides Map. */
final class TaskReader {

    private TaskReader() {
    }

    static TaskState task(StateHeader h, JsonNode node) {
        return new TaskState(h.name(), h.pointer(), h.comment(), h.queryLanguage(), h.transition(),
                h.inputPath(), h.outputPath(), text(node, "Resource"), json(node, "Parameters"),
                json(node, "Arguments"), json(node, "ResultSelector"), pathField(node, "ResultPath"),
                h.assign(), h.output(),
                numberOrExpression(node, "TimeoutSeconds"), text(node, "TimeoutSecondsPath"),
                numberOrExpression(node, "HeartbeatSeconds"), text(node, "HeartbeatSecondsPath"),
                json(node, "Credentials"), ErrorHandlingReader.retriers(node), ErrorHandlingReader.catchers(node));
    }

    static ParallelState parallel(StateHeader h, JsonNode node) {
        return new ParallelState(h.name(), h.pointer(), h.comment(), h.queryLanguage(), h.transition(),
                h.inputPath(), h.outputPath(), branches(node, h.pointer()), json(node, "Parameters"),
                json(node, "Arguments"), json(node, "ResultSelector"), pathField(node, "ResultPath"),
                h.assign(), h.output(), ErrorHandlingReader.retriers(node), ErrorHandlingReader.catchers(node));
    }

    private static List<Workflow> branches(JsonNode node, String statePointer) {
        String branchesPointer = LocatedDocument.child(statePointer, "Branches");
        List<JsonNode> elements = JsonFields.elements(node, "Branches");
        List<Workflow> branches = new ArrayList<>();
        // Indices follow the source array even when a malformed element is skipped, so pointers stay true.
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i).isObject()) {
                branches.add(WorkflowReader.workflow(elements.get(i), LocatedDocument.child(branchesPointer, i)));
            }
        }
        return branches;
    }
}
