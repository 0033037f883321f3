package dev.stepproof.toolkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepproof.toolkit.spi.TaskInvoker;

import java.time.Instant;

/** Small helpers the mock tests share: read an inline definition, run it with an invoker, parse JSON. */
final class MockWorkflows {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant START = ExecutionOptions.defaults().startTime();

    private MockWorkflows() {
    }

    static Interpreter interpreter(String definition) {
        return Interpreter.of(DefinitionReader.standard().read(definition, "test.asl.json").orElseThrow());
    }

    static Execution run(String definition, String input, TaskInvoker invoker) {
        return interpreter(definition).execute(ExecutionOptions.defaults().withInput(input).withTaskInvoker(invoker));
    }

    /** A one-state machine: Task {@code name} on {@code resource} with {@code parameters}, ending the execution. */
    static String task(String name, String resource, String parameters) {
        return """
                {"StartAt": "%s", "States": {"%s": {"Type": "Task", "Resource": "%s", "Parameters": %s, "End": true}}}"""
                .formatted(name, name, resource, parameters);
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
