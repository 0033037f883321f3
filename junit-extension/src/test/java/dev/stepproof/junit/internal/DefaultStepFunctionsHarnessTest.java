package dev.stepproof.junit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.junit.DefinitionSource;
import dev.stepproof.junit.StepFunctionsHarness;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionLimits;
import dev.stepproof.toolkit.spi.TaskResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

class DefaultStepFunctionsHarnessTest {

    private static final String ECHO = """
            {"StartAt": "Echo", "States": {"Echo": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
              "Parameters": {"Payload.$": "$"}, "OutputPath": "$.Payload", "End": true}}}
            """;

    private final DefaultStepFunctionsHarness harness = new DefaultStepFunctionsHarness("a_test()", HarnessSettings.defaults());

    private static TaskResult echo(dev.stepproof.toolkit.spi.TaskInvocation call) {
        return TaskResult.success(call.parameters());
    }

    @Test
    void should_read_a_definition_file(@TempDir Path dir) throws Exception {
        // GIVEN
        Path file = Files.writeString(dir.resolve("echo.asl.json"), ECHO);

        // WHEN
        Execution execution = harness.withDefinitionFile(file).withTasks(DefaultStepFunctionsHarnessTest::echo).run("{\"a\": 1}");

        // THEN
        then(execution.output()).hasToString("{\"a\":1}");
    }

    @Test
    void should_run_with_a_json_tree_and_keep_every_execution_in_order() {
        // GIVEN
        harness.withDefinitionText(ECHO).withTasks(DefaultStepFunctionsHarnessTest::echo);
        JsonNode tree = Json.parse("input", "{\"n\": 2}");

        // WHEN
        harness.withInput("{\"n\": 1}").run();
        harness.run(tree);

        // THEN
        then(harness.executions()).extracting(e -> e.output().get("n").asInt()).containsExactly(1, 2);
        then(harness.recorded()).extracting(RecordedExecution::input).containsExactly("{\"n\":1}", "{\"n\":2}");
        then(catchThrowable(() -> harness.executions().clear())).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void should_compile_a_definition_once_and_again_when_it_changes() {
        // GIVEN
        harness.withDefinitionText(ECHO);

        // WHEN
        var first = harness.stateMachine();
        var again = harness.stateMachine();
        var changed = harness.withDefinition(DefinitionSource.text(ECHO)).stateMachine();

        // THEN
        then(again).isSameAs(first);
        then(changed).isNotSameAs(first).isEqualTo(first);
    }

    @Test
    void should_apply_start_time_seed_and_limits() {
        // GIVEN
        long[] seed = new long[1];
        harness.withDefinitionText(ECHO).withTasks(DefaultStepFunctionsHarnessTest::echo)
                .withStartTime(Instant.parse("2027-01-01T00:00:00Z"))
                .withSeed(99)
                .withLimits(ExecutionLimits.aws().withMaxPayloadBytes(10))
                .withOptions(options -> {
                    seed[0] = options.seed();
                    return options;
                });

        // WHEN
        Execution execution = harness.run("{\"text\": \"longer than ten bytes\"}");

        // THEN
        then(execution.startTime()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        then(seed[0]).isEqualTo(99);
        then(execution.error()).isEqualTo("States.DataLimitExceeded");
    }

    @Test
    void should_record_executions_run_from_several_threads() throws Exception {
        // GIVEN
        StepFunctionsHarness shared = harness.withDefinitionText(ECHO).withTasks(DefaultStepFunctionsHarnessTest::echo);
        ExecutorService threads = Executors.newFixedThreadPool(4);

        // WHEN
        List<Future<Execution>> runs;
        try {
            runs = threads.invokeAll(IntStream.range(0, 40)
                    .mapToObj(i -> (java.util.concurrent.Callable<Execution>) () -> shared.run("{\"i\": " + i + "}"))
                    .toList());
        } finally {
            threads.shutdown();
        }

        // THEN
        then(runs).allSatisfy(run -> then(run.get().succeeded()).isTrue());
        then(harness.executions()).hasSize(40);
    }

    @Test
    void should_refuse_runs_once_closed_but_keep_its_executions() {
        // GIVEN
        harness.withDefinitionText(ECHO).withTasks(DefaultStepFunctionsHarnessTest::echo).run();

        // WHEN
        harness.close();

        // THEN
        then(harness.isClosed()).isTrue();
        then(harness.executions()).hasSize(1);
        then(catchThrowable(harness::run)).isInstanceOf(IllegalStateException.class)
                .hasMessage("The StepFunctionsHarness of test [a_test()] is closed: its test has ended, so it runs no more executions");
        then(harness).hasToString("StepFunctionsHarness[test=a_test(), executions=1, closed]");
    }

    @Test
    void should_reject_a_default_input_that_is_not_json() {
        // WHEN
        Throwable thrown = catchThrowable(() -> harness.withInput("[1,"));

        // THEN
        then(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("input is not valid JSON: [[1,]");
    }

    @Test
    void should_answer_callbacks_and_run_registered_children_set_on_the_harness() {
        // GIVEN
        String child = """
                {"StartAt": "Wait", "States": {"Wait": {"Type": "Wait", "Seconds": 30, "End": true}}}""";
        harness.withDefinitionText("""
                {"StartAt": "Ask", "States": {
                  "Ask": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                    "Parameters": {"QueueUrl": "q", "MessageBody.$": "$$.Task.Token"}, "HeartbeatSeconds": 60,
                    "TimeoutSeconds": 600, "Next": "Child"},
                  "Child": {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution.sync:2",
                    "Parameters": {"StateMachineArn": "arn:aws:states:us-east-1:111111111111:stateMachine:Child",
                                   "Input.$": "$"}, "OutputPath": "$.Output", "End": true}}}""")
                .withTasks(dev.stepproof.toolkit.Mocks.of(dev.stepproof.toolkit.Mock.forState("Ask").returnsPayload("{}")).session())
                .withCallbacks(dev.stepproof.toolkit.Callbacks.of(dev.stepproof.toolkit.Callback.forState("Ask")
                        .heartbeatAfter(java.time.Duration.ofSeconds(50))
                        .succeedsAfter(java.time.Duration.ofSeconds(100), "{\"ok\": true}")))
                .withStateMachines(dev.stepproof.toolkit.StateMachines.builder()
                        .register("Child", dev.stepproof.toolkit.DefinitionReader.standard().read(child, "child.asl.json").orElseThrow())
                        .build());

        // WHEN
        Execution execution = harness.run();

        // THEN
        then(execution.output()).hasToString("{\"ok\":true}");
        then(execution.stopTime()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(130));
        then(execution.childExecutions()).hasSize(1);
    }
}
