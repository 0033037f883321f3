package dev.stepproof.junit.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionOptions;
import dev.stepproof.toolkit.Interpreter;
import dev.stepproof.toolkit.spi.TaskResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.BDDAssertions.then;

class FailureReportTest {

    /** Poll (Task) until it answers done, through IsDone (Choice). */
    private static final String POLLING = """
            {"StartAt": "Poll", "States": {
              "Poll": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "poll"},
                "Next": "IsDone"},
              "IsDone": {"Type": "Choice", "Choices": [{"Variable": "$.done", "BooleanEquals": true, "Next": "Done"}],
                "Default": "Poll"},
              "Done": {"Type": "Succeed"}}}
            """;

    private static Execution pollUntilCall(int done, String padding) {
        AtomicInteger calls = new AtomicInteger();
        return Interpreter.of(DefinitionReader.standard().read(POLLING, "<inline>").orElseThrow())
                .execute(ExecutionOptions.defaults().withTaskInvoker(call -> TaskResult.success(JsonNodeFactory.instance
                        .objectNode().put("done", calls.incrementAndGet() >= done).put("padding", padding))));
    }

    @Test
    void should_cut_long_json_and_say_how_long_it_was() {
        // GIVEN
        Execution execution = pollUntilCall(1, "x".repeat(300));

        // WHEN
        String report = FailureReport.render("t()", List.of(new RecordedExecution("<inline>", "{}", execution)));

        // THEN
        then(report).contains("  SUCCEEDED with output {\"done\":true,\"padding\":\"" + "x".repeat(176) + "… (326 chars)\n");
    }

    @Test
    void should_cut_long_lists_of_states_and_calls() {
        // GIVEN: 120 polls enter 240 states (the last one Done) and make 120 calls
        Execution execution = pollUntilCall(120, "");

        // WHEN
        String report = FailureReport.render("t()", List.of(new RecordedExecution("<inline>", "{}", execution)));

        // THEN
        then(report).contains("  states entered (241):\n", "    100. IsDone (Choice)\n", "    … 141 more states\n",
                        "  task calls (120):\n", "    100. Poll call 100: {\"FunctionName\":\"poll\"}\n", "    … 20 more calls\n")
                .doesNotContain("101. ");
    }
}
