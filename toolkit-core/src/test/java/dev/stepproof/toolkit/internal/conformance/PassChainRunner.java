package dev.stepproof.toolkit.internal.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepproof.toolkit.internal.dataflow.JsonPathDataFlow;
import dev.stepproof.toolkit.internal.dataflow.StatesError;
import dev.stepproof.toolkit.internal.dataflow.TestContext;
import dev.stepproof.toolkit.model.PathField;

/**
 * Runs a linear chain of JSONPath Pass states with the data-flow layer alone, as the interpreter will:
 * InputPath → Parameters → Result (replaces) → ResultPath → OutputPath, one state after the other. The context
 * object is made up in AWS's shape (ASL-SEMANTICS §2.7); the corpus marks its run-specific values volatile.
 */
final class PassChainRunner {

    static final String START_TIME = "2024-05-01T10:00:00.000Z";
    private static final String ARN = "arn:aws:states:us-east-1:111111111111:";

    /** The end of a run: output, or error and cause (the cause with the interpreter's state prefix). */
    record Outcome(String status, JsonNode output, String error, String cause) {
    }

    private PassChainRunner() {
    }

    static Outcome run(JsonNode definition, JsonNode input, boolean express) {
        JsonNode states = definition.path("States");
        String name = definition.path("StartAt").asText();
        JsonNode document = input;
        for (int index = 0; ; index++) {
            JsonNode state = states.path(name);
            TestContext ctx = TestContext.of(document).withContext(context(input, name, express)).withSeed(7);
            try {
                document = step(state, document, ctx);
            } catch (StatesError e) {
                // The first state is entered at event #2 (ExecutionStarted is #1); each Pass adds Entered and Exited.
                String prefix = e.prefixed() ? "An error occurred while executing the state '" + name
                        + "' (entered at the event id #" + (2 + 2 * index) + "). " : "";
                return new Outcome("FAILED", null, e.error(), prefix + e.causeText());
            }
            if (state.path("End").asBoolean(false)) {
                return new Outcome("SUCCEEDED", document, null, null);
            }
            name = state.path("Next").asText();
        }
    }

    private static JsonNode step(JsonNode state, JsonNode raw, TestContext ctx) {
        JsonPathDataFlow flow = JsonPathDataFlow.compile(pathField(state, "InputPath"), state.get("Parameters"), null,
                pathField(state, "ResultPath"), pathField(state, "OutputPath"));
        JsonNode effectiveInput = flow.effectiveInput(raw, ctx);
        JsonNode result = state.has("Result") ? state.get("Result") : effectiveInput;
        return flow.effectiveOutput(raw, result, ctx);
    }

    private static PathField pathField(JsonNode state, String field) {
        JsonNode value = state.get(field);
        if (value == null) {
            return PathField.ABSENT;
        }
        return value.isNull() ? PathField.NULL : PathField.of(value.asText());
    }

    private static JsonNode context(JsonNode input, String stateName, boolean express) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode context = f.objectNode();
        ObjectNode execution = context.putObject("Execution");
        execution.put("Id", ARN + (express ? "express:machine-name:exec-name:1a2b" : "execution:machine-name:exec-name"));
        execution.set("Input", input);
        execution.put("Name", "exec-name");
        execution.put("RoleArn", "arn:aws:iam::111111111111:role/sfn");
        execution.put("StartTime", START_TIME);
        if (!express) {
            execution.put("RedriveCount", 0);
        }
        ObjectNode machine = context.putObject("StateMachine");
        machine.put("Id", ARN + "stateMachine:machine-name");
        machine.put("Name", "machine-name");
        ObjectNode state = context.putObject("State");
        state.put("Name", stateName);
        state.put("EnteredTime", START_TIME);
        return context;
    }
}
