package dev.stepproof.toolkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Test fixture: definitions, inputs and expected values written with single quotes, so JSONata expressions
 * (which use double quotes rarely) read well inside Java text blocks. Every single quote becomes a double one.
 */
final class SingleQuotedWorkflows {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SingleQuotedWorkflows() {
    }

    static Interpreter interpreter(String definition) {
        return Interpreter.of(DefinitionReader.standard().read(definition.replace('\'', '"'), "test.asl.json").orElseThrow());
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    static Execution run(Interpreter interpreter, String input) {
        return interpreter.execute(ExecutionOptions.defaults().withInput(input.replace('\'', '"')));
    }
}
