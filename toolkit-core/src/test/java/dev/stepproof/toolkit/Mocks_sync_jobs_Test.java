package dev.stepproof.toolkit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.BDDAssertions.then;

/** Mocked ecs/glue/batch {@code .sync} jobs: the start response in TaskSubmitted, the finished job as the result. */
class Mocks_sync_jobs_Test {

    private static Execution run(String resource, String parameters, Mock mock) {
        Interpreter interpreter = Interpreter.of(DefinitionReader.standard().read("""
                {"StartAt": "Job", "States": {"Job": {"Type": "Task", "Resource": "%s", "Parameters": %s, "End": true}}}"""
                .formatted(resource, parameters), "job.asl.json").orElseThrow());
        return interpreter.execute(ExecutionOptions.defaults().withTaskInvoker(Mocks.of(mock).session()));
    }

    private static HistoryEvent event(Execution execution, String type) {
        return execution.history().events().stream().filter(e -> e.type().equals(type)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "arn:aws:states:::ecs:runTask.sync      | {\"Cluster\": \"jobs\", \"TaskDefinition\": \"td:1\"} | {\"Containers\": [{\"ExitCode\": 0}]} | /LastStatus   | STOPPED   | /Tasks/0/LastStatus | PROVISIONING",
            "arn:aws:states:::glue:startJobRun.sync | {\"JobName\": \"etl\"}                                | {\"ExecutionTime\": 42}            | /JobRunState  | SUCCEEDED | /JobRunId           | ",
            "arn:aws:states:::batch:submitJob.sync  | {\"JobName\": \"n\", \"JobQueue\": \"q\", \"JobDefinition\": \"d\"} | {\"Container\": {\"ExitCode\": 0}} | /Status | SUCCEEDED | /JobName | n"})
    void should_submit_the_start_response_then_return_the_finished_job(String resource, String parameters, String payload,
                                                                       String statusPointer, String status,
                                                                       String submittedPointer, String submittedValue) {
        // WHEN
        Execution execution = run(resource, parameters,
                Mock.forState("Job").delays(Duration.ofMinutes(12)).returnsPayload(payload));
        // THEN
        then(execution.succeeded()).isTrue();
        then(execution.history().events()).extracting(HistoryEvent::type).containsSubsequence(
                "TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskSucceeded");
        JsonNode submitted = event(execution, "TaskSubmitted").payload();
        then(submitted.at(submittedPointer).isMissingNode()).as("start response " + submitted).isFalse();
        if (submittedValue != null) {
            then(submitted.at(submittedPointer).asText()).isEqualTo(submittedValue);
        }
        then(event(execution, "TaskSubmitted").timestamp()).isEqualTo(execution.startTime());
        then(execution.output().at(statusPointer).asText()).isEqualTo(status);
        then(event(execution, "TaskSucceeded").timestamp()).isEqualTo(execution.startTime().plus(Duration.ofMinutes(12)));
    }

    @Test
    void should_submit_a_job_that_then_fails_but_not_a_throttled_start() {
        // WHEN
        Execution failedJob = run("arn:aws:states:::batch:submitJob.sync", "{\"JobName\": \"n\", \"JobQueue\": \"q\", \"JobDefinition\": \"d\"}",
                Mock.forState("Job").fails("States.TaskFailed", "{\"Status\": \"FAILED\"}"));
        Execution throttled = run("arn:aws:states:::batch:submitJob.sync", "{\"JobName\": \"n\", \"JobQueue\": \"q\", \"JobDefinition\": \"d\"}",
                Mock.forState("Job").throttles());
        // THEN
        then(failedJob.history().events()).extracting(HistoryEvent::type).containsSubsequence("TaskSubmitted", "TaskFailed");
        then(throttled.error()).isEqualTo("Batch.AWSBatchException");
        then(throttled.history().events()).extracting(HistoryEvent::type).doesNotContain("TaskSubmitted");
        then(List.of(failedJob.error())).containsExactly("States.TaskFailed");
    }
}
