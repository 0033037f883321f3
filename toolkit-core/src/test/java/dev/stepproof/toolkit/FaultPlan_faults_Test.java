package dev.stepproof.toolkit;

import dev.stepproof.toolkit.FaultTesting.CountingService;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.stepproof.toolkit.FaultTesting.START;
import static dev.stepproof.toolkit.FaultTesting.events;
import static dev.stepproof.toolkit.FaultTesting.interpreter;
import static dev.stepproof.toolkit.FaultTesting.json;
import static dev.stepproof.toolkit.FaultTesting.secondsOf;
import static org.assertj.core.api.BDDAssertions.then;

/** One example per fault type: its effect on the execution and on the history events AWS would write. */
class FaultPlan_faults_Test {

    @Test
    void should_fail_the_first_attempt_with_the_given_error_and_let_the_retry_succeed() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {"StartAt": "Charge", "States": {"Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": {"FunctionName": "charge"}, "OutputPath": "$.Payload",
                  "Retry": [{"ErrorEquals": ["Payment.Declined"], "IntervalSeconds": 5, "MaxAttempts": 1}], "End": true}}}""");
        CountingService lambda = new CountingService();
        FaultInjector faults = FaultPlan.empty().onState("Charge").attempt(1).fail("Payment.Declined", "card expired").around(lambda);
        // WHEN
        Execution execution = interpreter.execute(ExecutionOptions.defaults().withTaskInvoker(faults));
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        then(events(execution, "TaskFailed")).singleElement().satisfies(e -> {
            then(e.error()).isEqualTo("Payment.Declined");
            then(e.cause()).isEqualTo("card expired");
        });
        then(secondsOf(execution, "TaskSucceeded")).containsExactly(5L);
        then(lambda.writes).hasSize(1); // the failed attempt never reached the function
        then(faults.injected()).singleElement().satisfies(f -> {
            then(f.stateName()).isEqualTo("Charge");
            then(f.attempt()).isEqualTo(1);
            then(f.fault()).isEqualTo(new Fault.Fail("Payment.Declined", "card expired"));
            then(f.time()).isEqualTo(START);
            then(f.chaosSeed()).isEmpty();
        });
    }

    @Test
    void should_throttle_with_the_services_own_error_name_and_cause() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {"StartAt": "Save", "States": {"Save": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:putItem",
                  "Parameters": {"TableName": "orders", "Item": {"id": {"S": "1"}}}, "End": true}}}""");
        CountingService table = new CountingService();
        FaultInjector faults = FaultPlan.empty().onResource("arn:aws:states:::dynamodb:*").throttle().around(table);
        // WHEN
        Execution execution = interpreter.execute(ExecutionOptions.defaults().withTaskInvoker(faults));
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        then(execution.error()).isEqualTo("DynamoDB.ProvisionedThroughputExceededException");
        then(execution.cause()).startsWith("The level of configured provisioned throughput for the table was exceeded.")
                .contains("(Service: AmazonDynamoDBv2; Status Code: 400; Error Code: ProvisionedThroughputExceededException; Request ID: ");
        then(events(execution, "TaskFailed")).singleElement().satisfies(e -> {
            then(e.error()).isEqualTo("DynamoDB.ProvisionedThroughputExceededException");
            then(e.extra().get("resourceType").asText()).isEqualTo("dynamodb");
        });
        then(table.writes).isEmpty();
    }

    @Test
    void should_throttle_a_plain_lambda_function_with_a_lambda_function_failed_event() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {"StartAt": "Greet", "States": {"Greet": {"Type": "Task",
                  "Resource": "arn:aws:lambda:us-east-1:111111111111:function:greet", "End": true}}}""");
        FaultInjector faults = FaultPlan.empty().onState("Greet").throttle().around(new CountingService());
        // WHEN
        Execution execution = interpreter.execute(ExecutionOptions.defaults().withTaskInvoker(faults));
        // THEN
        then(execution.error()).isEqualTo("Lambda.TooManyRequestsException");
        then(events(execution, "LambdaFunctionFailed")).singleElement()
                .satisfies(e -> then(e.cause()).startsWith("Rate Exceeded. (Service: AWSLambda; Status Code: 429;"));
    }

    @Test
    void should_time_a_task_out_after_its_timeout_seconds_without_calling_it() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {"StartAt": "Ship", "States": {
                  "Ship": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 30,
                           "HeartbeatSeconds": 10, "Parameters": {"FunctionName": "ship"},
                           "Catch": [{"ErrorEquals": ["States.Timeout"], "Next": "Later"}], "End": true},
                  "Later": {"Type": "Pass", "End": true}}}""");
        CountingService lambda = new CountingService();
        FaultInjector faults = FaultPlan.empty().onState("Ship").timeOut().around(lambda);
        // WHEN
        Execution execution = interpreter.execute(ExecutionOptions.defaults().withTaskInvoker(faults));
        // THEN the call is slow, not silent: TimeoutSeconds expires, not HeartbeatSeconds
        then(execution.output()).isEqualTo(json("{\"Error\": \"States.Timeout\", \"Cause\": \"\"}"));
        then(events(execution, "TaskTimedOut")).singleElement().satisfies(e -> {
            then(e.error()).isEqualTo("States.Timeout");
            then(e.cause()).isNull();
        });
        then(secondsOf(execution, "TaskTimedOut")).containsExactly(30L);
        then(lambda.writes).isEmpty();
    }

    @Test
    void should_add_latency_in_virtual_time_to_the_answer() {
        // GIVEN a function that takes 2 s
        Interpreter interpreter = interpreter("""
                {"StartAt": "Quote", "States": {"Quote": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": {"FunctionName": "quote"}, "End": true}}}""");
        CountingService lambda = new CountingService(Duration.ofSeconds(2));
        FaultInjector faults = FaultPlan.empty().onState("Quote").latency(Duration.ofSeconds(90)).around(lambda);
        // WHEN
        Execution execution = interpreter.execute(ExecutionOptions.defaults().withTaskInvoker(faults));
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        then(execution.stopTime()).isEqualTo(START.plusSeconds(92));
        then(secondsOf(execution, "TaskStarted")).containsExactly(0L);
        then(secondsOf(execution, "TaskSucceeded")).containsExactly(92L);
        then(lambda.writes).hasSize(1);
    }

    @Test
    void should_time_out_at_the_heartbeat_window_when_heartbeats_stop() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {"StartAt": "Approve", "States": {"Approve": {"Type": "Task",
                  "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken", "TimeoutSeconds": 300, "HeartbeatSeconds": 10,
                  "Parameters": {"QueueUrl": "q", "MessageBody": "approve order 42?"}, "End": true}}}""");
        FaultInjector faults = FaultPlan.empty().onState("Approve").stopHeartbeats().around(new CountingService());
        // WHEN
        Execution execution = interpreter.execute(ExecutionOptions.defaults().withTaskInvoker(faults));
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        then(execution.error()).isEqualTo("States.Timeout");
        then(secondsOf(execution, "TaskTimedOut")).containsExactly(10L);
        then(execution.stopTime()).isEqualTo(START.plusSeconds(10));
    }

    @Test
    void should_run_the_handler_but_lose_its_response_so_the_retry_writes_twice() {
        // GIVEN a non-idempotent insert retried on timeout
        Interpreter interpreter = interpreter("""
                {"StartAt": "Save", "States": {"Save": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:putItem",
                  "TimeoutSeconds": 20, "Parameters": {"TableName": "orders", "Item": {"id": {"S": "o-1"}}},
                  "Retry": [{"ErrorEquals": ["States.Timeout"], "IntervalSeconds": 1, "MaxAttempts": 1}], "End": true}}}""");
        CountingService table = new CountingService();
        FaultInjector faults = FaultPlan.empty().onState("Save").attempt(1).loseResponse().around(table);
        // WHEN
        Execution execution = interpreter.execute(ExecutionOptions.defaults().withTaskInvoker(faults));
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        then(table.writes).hasSize(2).allSatisfy(w -> then(w.at("/Item/id/S").asText()).isEqualTo("o-1"));
        then(secondsOf(execution, "TaskTimedOut")).containsExactly(20L);
        then(secondsOf(execution, "TaskSucceeded")).containsExactly(21L);
        then(faults.injected("Save")).extracting(InjectedFault::fault).containsExactly(new Fault.LoseResponse(null, null));
    }

    @Test
    void should_run_the_handler_but_report_the_given_error_when_the_response_is_lost() {
        // GIVEN
        Interpreter interpreter = interpreter("""
                {"StartAt": "Save", "States": {"Save": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:putItem",
                  "Parameters": {"TableName": "orders", "Item": {"id": {"S": "o-1"}}}, "End": true}}}""");
        CountingService table = new CountingService(Duration.ofSeconds(3));
        FaultInjector faults = FaultPlan.empty().onState("Save")
                .loseResponse("DynamoDB.SdkClientException", "Unable to execute HTTP request: Connection reset").around(table);
        // WHEN
        Execution execution = interpreter.execute(ExecutionOptions.defaults().withTaskInvoker(faults));
        // THEN
        then(table.writes).hasSize(1);
        then(execution.error()).isEqualTo("DynamoDB.SdkClientException");
        then(events(execution, "TaskFailed")).singleElement()
                .satisfies(e -> then(e.cause()).isEqualTo("Unable to execute HTTP request: Connection reset"));
        then(secondsOf(execution, "TaskFailed")).containsExactly(3L); // the error arrives when the call ends
    }
}
