package dev.stepproof.toolkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepproof.toolkit.spi.TaskResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.BDDAssertions.then;

/**
 * What keeps a CI build safe from a definition under test: a loop without Wait stops with an error that says how
 * to go on, and an oversized task result fails the state without being kept anywhere in the execution.
 */
class ResourceSafetyTest {

    private static final String LOOP = """
            {"StartAt": "Poll", "States": {
              "Poll": {"Type": "Pass", "Result": {"done": false}, "Next": "Done?"},
              "Done?": {"Type": "Choice", "Choices": [{"Variable": "$.done", "BooleanEquals": true, "Next": "Done"}],
                "Default": "Poll"},
              "Done": {"Type": "Succeed"}}}""";

    private static Interpreter interpreter(String definition) {
        return Interpreter.of(DefinitionReader.standard().read(definition, "safety.asl.json").orElseThrow());
    }

    @Test
    void should_stop_a_loop_without_wait_at_the_transition_cap_saying_how_to_raise_it() {
        // GIVEN a polling loop whose exit never comes, with history limits out of the way
        ExecutionLimits limits = ExecutionLimits.aws().withMaxHistoryEvents(Integer.MAX_VALUE).withMaxTransitions(5_000);
        // WHEN
        Execution execution = interpreter(LOOP).execute(ExecutionOptions.defaults().withLimits(limits));
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        then(execution.error()).isEqualTo("StepProof.TransitionLimitExceeded");
        then(execution.cause()).isEqualTo("The execution entered more than 5000 states, which looks like a loop "
                + "without end. Raise ExecutionLimits.maxTransitions if this is intended.");
        then(execution.history().statesEntered()).hasSize(5_000);
    }

    @Test
    void should_stop_a_loop_without_wait_at_the_history_quota_under_aws_defaults() {
        // WHEN the same loop runs under AWS's quotas, where 25,000 events come before 1,000,000 transitions
        Execution execution = interpreter(LOOP).execute(ExecutionOptions.defaults());
        // THEN it fails, long before the transition cap, with the history kept to the quota
        then(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        then(execution.error()).isNotBlank();
        then(execution.cause()).isNotBlank();
        then(execution.history().events().size()).isLessThanOrEqualTo(ExecutionLimits.AWS_MAX_HISTORY_EVENTS + 1);
    }

    @Test
    void should_fail_a_300_kib_task_result_with_data_limit_exceeded_and_keep_none_of_it() {
        // GIVEN a task answering 300 KiB
        ObjectNode big = JsonNodeFactory.instance.objectNode().put("blob", "x".repeat(300 * 1024));
        Interpreter interpreter = interpreter("""
                {"StartAt": "Fetch", "States": {
                  "Fetch": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
                    "Parameters": {"FunctionName": "fetch"}}}}""");
        // WHEN
        Execution execution = interpreter.execute(ExecutionOptions.defaults()
                .withTaskInvoker(call -> TaskResult.success(big)));
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        then(execution.error()).isEqualTo("States.DataLimitExceeded");
        // AWS names the integration's resource type, not the state [AWS-REC, ASL-SEMANTICS 8.8]
        then(execution.cause()).isEqualTo("The state/task 'lambda' returned a result with a size exceeding the "
                + "maximum number of bytes service limit.");
        then(execution.history().events()).anySatisfy(e -> then(e.type()).isEqualTo("TaskFailed"));
        // AND nothing the execution holds (output, history payloads and details) carries the result
        List<Integer> sizes = new ArrayList<>();
        if (execution.output() != null) {
            sizes.add(execution.output().toString().length());
        }
        for (HistoryEvent event : execution.history().events()) {
            JsonNode payload = event.payload();
            sizes.add(payload == null ? 0 : payload.toString().length());
            sizes.add(event.toJson().toString().length());
        }
        then(sizes).as("sizes of the output and of every history event").allSatisfy(size -> then(size).isLessThan(4_096));
    }
}
