package dev.stepproof.toolkit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.Interpreter;

import java.util.List;

/**
 * The interpreter never throws for anything an input or a definition contains: it returns an {@code Execution}
 * whose status and error say what happened. Fixed machines run on fuzzed input text (JSON or not), and fuzzed
 * definitions that read as valid run on a fixed input.
 */
class InterpreterFuzzTest {

    /** Compiled once: an Interpreter is immutable and runs any number of executions. */
    private static final List<Interpreter> MACHINES = List.of(
            Interpreter.of(Fixtures.machine("dataflow.asl.json")),
            Interpreter.of(Fixtures.machine("concurrency.asl.json")),
            Interpreter.of(Fixtures.machine("jsonata.asl.json")));

    private static final String FIXED_INPUT = """
            {"a": 1, "b": "two", "n": 3, "s": "a,b", "items": [{"price": 2, "name": "x"}, {"price": 5}],
             "concurrency": 2, "tolerated": 50, "when": "2026-01-02T00:00:00Z", "t": true}""";

    @FuzzTest(maxDuration = Fixtures.SHORT_CAMPAIGN)
    void execute_with_fuzzed_input(byte[] data) {
        String input = Fixtures.text(data);
        for (Interpreter interpreter : MACHINES) {
            Fixtures.checkExecution(interpreter.execute(Fixtures.options().withInput(input)));
        }
    }

    @FuzzTest(maxDuration = Fixtures.SHORT_CAMPAIGN)
    void execute_fuzzed_definition(byte[] data) {
        DefinitionReader.ReadResult read = DefinitionReader.standard().read(Fixtures.text(data), "fuzz");
        if (read.isValid()) {
            Interpreter interpreter = Interpreter.of(read.machine());
            Fixtures.checkExecution(interpreter.execute(Fixtures.options().withInput(FIXED_INPUT)));
        }
    }
}
