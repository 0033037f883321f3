package dev.stepproof.toolkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepproof.toolkit.model.StateMachine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Runs the test cases of AWS's documented Step Functions Local example (state machine LambdaSQSIntegration with
 * test cases HappyPath, RetryPath and HybridPath) unchanged, from a MockConfigFile.json of the documented shape.
 */
class MockConfig_aws_example_Test {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant START = ExecutionOptions.defaults().startTime();
    private static MockConfig mocks;
    private static Interpreter interpreter;

    @BeforeAll
    static void read_the_example() {
        mocks = MockConfig.read(resource("MockConfigFile.json")).orElseThrow();
        StateMachine machine = DefinitionReader.standard().read(resource("LambdaSQSIntegration.asl.json")).orElseThrow();
        interpreter = Interpreter.of(machine);
    }

    private static Path resource(String name) {
        try {
            return Path.of(MockConfig_aws_example_Test.class.getResource("mockconfig/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Execution run(String testCase) {
        return interpreter.execute(ExecutionOptions.defaults().withStateMachineName("LambdaSQSIntegration")
                .withInput("{\"orderId\": \"42\"}")
                .withTaskInvoker(mocks.invoker("LambdaSQSIntegration", testCase)));
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void should_read_the_example_without_diagnostics() {
        // WHEN
        MockConfig.ReadResult result = MockConfig.read(resource("MockConfigFile.json"));
        // THEN
        then(result.diagnostics()).isEmpty();
        then(result.config().stateMachines()).containsExactly("LambdaSQSIntegration");
        then(result.config().testCases("LambdaSQSIntegration")).containsExactly("HappyPath", "RetryPath", "HybridPath");
        then(result.config().testCases("Unknown")).isEmpty();
    }

    @Test
    void happy_path_returns_the_mocked_sqs_response_as_the_execution_output() throws Exception {
        // WHEN
        Execution execution = run("HappyPath");
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        then(execution.output()).isEqualTo(json("""
                {"MD5OfMessageBody": "3bcb6e8e-7h85-4375-b0bc-1a59812c6e51",
                 "MessageId": "3bcb6e8e-8b51-4375-b0bc-1a59812c6e51"}"""));
        then(execution.history().statesEntered()).containsExactly("LambdaState", "SQSState");
        then(execution.history().taskAttempts("LambdaState")).hasSize(1);
    }

    @Test
    void happy_path_passes_the_lambda_return_value_as_is_to_the_next_state() throws Exception {
        // WHEN
        Execution execution = run("HappyPath");
        // THEN the SQS state's input is the whole mocked lambda:invoke response, as Step Functions Local gives it
        then(execution.history().visits("SQSState").get(0).input()).isEqualTo(json("""
                {"StatusCode": 200, "Payload": {"StatusCode": 200, "body": "Hello from Lambda!"}}"""));
    }

    @Test
    void retry_path_fails_three_times_then_succeeds_on_the_fourth_invocation() throws Exception {
        // WHEN
        Execution execution = run("RetryPath");
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        then(execution.history().taskAttempts("LambdaState")).hasSize(4);
        then(execution.history().events()).filteredOn(e -> "LambdaState".equals(e.stateName())
                        && (e.type().equals("TaskFailed") || e.type().equals("TaskSucceeded")))
                .extracting(HistoryEvent::type, HistoryEvent::error)
                .containsExactly(tuple("TaskFailed", "Lambda.ResourceNotReadyException"),
                        tuple("TaskFailed", "Lambda.TimeoutException"), tuple("TaskFailed", "Lambda.TimeoutException"),
                        tuple("TaskSucceeded", null));
        // back-off 2 s, 4 s, 8 s in virtual time
        then(execution.stopTime()).isEqualTo(START.plusSeconds(14));
        then(execution.output()).isEqualTo(json("""
                {"MD5OfMessageBody": "3bcb6e8e-7h85-4375-b0bc-1a59812c6e51",
                 "MessageId": "3bcb6e8e-8b51-4375-b0bc-1a59812c6e51"}"""));
    }

    @Test
    void hybrid_path_fails_on_the_unmocked_sqs_state_naming_the_test_case() {
        // WHEN
        Execution execution = run("HybridPath");
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        then(execution.error()).isEqualTo("StepProof.UnmockedTask");
        then(execution.cause()).isEqualTo("Test case 'HybridPath' of state machine 'LambdaSQSIntegration' does not "
                + "mock Task state 'SQSState' (it mocks [LambdaState]); Step Functions Local would call "
                + "arn:aws:states:::sqs:sendMessage for real, which StepProof does not do. Map 'SQSState' to a mocked "
                + "response in the test case.");
        then(execution.history().statesEntered()).containsExactly("LambdaState", "SQSState");
    }
}
