package dev.stepproof.toolkit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.BDDAssertions.then;

/**
 * AWS's maximum execution durations (ASL-SEMANTICS, quotas): a STANDARD execution runs at most 1 year, an EXPRESS
 * one 5 minutes, distributed-Map EXPRESS children included; past that, {@code ExecutionTimedOut} with
 * {@code States.Timeout} and status TIMED_OUT, on the virtual clock.
 */
class ExecutionDurationLimitsTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private static Interpreter machine(String json) {
        return Interpreter.of(DefinitionReader.standard().read(json, "limits.asl.json").orElseThrow());
    }

    private static final String WAIT_400_SECONDS = """
            {"StartAt": "Nap", "States": {"Nap": {"Type": "Wait", "Seconds": 400, "End": true}}}""";

    @Test
    void should_time_out_an_express_execution_after_five_minutes() {
        // WHEN
        Execution execution = machine(WAIT_400_SECONDS).execute(ExecutionOptions.defaults().withType(WorkflowType.EXPRESS));

        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        then(execution.error()).isEqualTo("States.Timeout");
        then(execution.stopTime()).isEqualTo(START.plus(Duration.ofMinutes(5)));
        then(execution.history().events()).last().satisfies(e -> then(e.type()).isEqualTo("ExecutionTimedOut"));
    }

    @Test
    void should_let_the_same_wait_finish_in_a_standard_execution_or_under_a_raised_limit() {
        // WHEN
        Execution standard = machine(WAIT_400_SECONDS).execute(ExecutionOptions.defaults());
        Execution raised = machine(WAIT_400_SECONDS).execute(ExecutionOptions.defaults().withType(WorkflowType.EXPRESS)
                .withLimits(ExecutionLimits.aws().withMaxExpressDuration(Duration.ofMinutes(10))));

        // THEN
        then(standard.succeeded()).isTrue();
        then(raised.succeeded()).isTrue();
        then(raised.stopTime()).isEqualTo(START.plusSeconds(400));
    }

    @Test
    void should_time_out_a_standard_execution_whose_task_never_answers_after_one_year() {
        // GIVEN a task with AWS's default TimeoutSeconds (99,999,999 s, over three years) that never answers
        Interpreter interpreter = machine("""
                {"StartAt": "Call", "States": {"Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": {"FunctionName": "f"}, "End": true}}}""");

        // WHEN
        Execution execution = interpreter.execute(ExecutionOptions.defaults()
                .withTaskInvoker(Mocks.of(Mock.forAnyTask().hangs()).session()));

        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        then(execution.stopTime()).isEqualTo(START.plus(Duration.ofDays(365)));
    }

    @Test
    void should_keep_the_shorter_top_level_timeout_seconds() {
        // WHEN
        Execution execution = machine("""
                {"TimeoutSeconds": 60, "StartAt": "Nap", "States": {"Nap": {"Type": "Wait", "Seconds": 400, "End": true}}}""")
                .execute(ExecutionOptions.defaults().withType(WorkflowType.EXPRESS));

        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        then(execution.stopTime()).isEqualTo(START.plusSeconds(60));
    }

    @Test
    void should_time_out_distributed_map_express_children_after_five_minutes_and_count_them_as_failed() {
        // GIVEN items 0..4; the odd ones make their child wait 400 s
        Interpreter interpreter = machine("""
                {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.items",
                  "ToleratedFailurePercentage": 50, "MaxConcurrency": 2,
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"},
                    "StartAt": "Slow?", "States": {
                      "Slow?": {"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericEquals": 1, "Next": "Nap"},
                                                              {"Variable": "$.n", "NumericEquals": 3, "Next": "Nap"}],
                                "Default": "Done"},
                      "Nap": {"Type": "Wait", "Seconds": 400, "Next": "Done"},
                      "Done": {"Type": "Succeed"}}},
                  "ResultPath": null, "End": true}}}""");

        // WHEN
        Execution execution = interpreter.execute(ExecutionOptions.defaults().withChildExecutions(true)
                .withInput("{\"items\": [{\"n\": 0}, {\"n\": 1}, {\"n\": 2}, {\"n\": 3}, {\"n\": 4}]}"));

        // THEN the two slow children time out at +5 min each, within the tolerated 50 %
        then(execution.succeeded()).as(execution.toString()).isTrue();
        MapRun run = execution.mapRuns("Each").get(0);
        then(run.succeeded()).isEqualTo(3);
        then(run.failed()).isEqualTo(2);
        then(run.failures()).allSatisfy(child -> {
            then(child.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
            then(child.error()).isEqualTo("States.Timeout");
            then(child.history().events()).last().satisfies(e -> then(e.type()).isEqualTo("ExecutionTimedOut"));
        });
        // items 0 and 2 end at once, so 1 and 3 both start at 0 and time out together at 5 min; then item 4 runs
        then(execution.stopTime()).isEqualTo(START.plus(Duration.ofMinutes(5)));
    }

    @Test
    void should_let_standard_children_wait_past_five_minutes() {
        // WHEN
        Execution execution = machine("""
                {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.items",
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                    "StartAt": "Nap", "States": {"Nap": {"Type": "Wait", "Seconds": 400, "End": true}}},
                  "ResultPath": null, "End": true}}}""")
                .execute(ExecutionOptions.defaults().withInput("{\"items\": [1, 2]}"));

        // THEN
        then(execution.succeeded()).as(execution.toString()).isTrue();
        then(execution.stopTime()).isEqualTo(START.plusSeconds(400));
    }
}
