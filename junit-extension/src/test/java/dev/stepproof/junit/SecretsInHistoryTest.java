package dev.stepproof.junit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.spi.TaskInvoker;
import dev.stepproof.toolkit.spi.TaskResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.stepproof.junit.Fixtures.json;
import static dev.stepproof.junit.StepProofAssertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

/** The harness checks every execution's history for values a mocked secret-returning call answered. */
@StepFunctionsTest(definition = "dev/stepproof/junit/fetch-secret.asl.json")
class SecretsInHistoryTest {

    private static final JsonNode SECRET = json("{\"ARN\": \"arn:aws:secretsmanager:us-east-1:111111111111:secret:payment/api-key\","
            + " \"Name\": \"payment/api-key\", \"SecretString\": \"pk_test_51Hq8Zt2eZvKYlo2C\"}");

    /** FetchKey answers the secret, Charge answers {"Payload": {"charged": true}}. */
    static final TaskInvoker MOCKS = call -> TaskResult.success(call.stateName().equals("FetchKey")
            ? SECRET : json("{\"Payload\": {\"charged\": true}}"));

    @BeforeEach
    void mock(StepFunctionsHarness sfn) {
        sfn.withTasks(MOCKS);
    }

    @Test
    void should_fail_the_run_naming_the_source_the_events_and_the_fix(StepFunctionsHarness sfn) {
        // WHEN
        AssertionError error = catchThrowableOfType(AssertionError.class, () -> sfn.run("{\"amount\": 5}"));

        // THEN the secret itself is never printed
        then(error).hasMessage("""
                State machine [classpath:dev/stepproof/junit/fetch-secret.asl.json]: Secret values returned by a mocked secret-returning call appear in the execution history (3 places):
                  - the SecretString returned by secretsmanager:getSecretValue in state 'FetchKey' (event 5) appears in event 6 TaskStateExited of state 'FetchKey', field output
                  - the SecretString returned by secretsmanager:getSecretValue in state 'FetchKey' (event 5) appears in event 7 TaskStateEntered of state 'Charge', field input
                  - the SecretString returned by secretsmanager:getSecretValue in state 'FetchKey' (event 5) appears in event 8 TaskScheduled of state 'Charge', field parameters
                Fix: keep the value out of state data: on 'FetchKey' add a ResultSelector that keeps only non-secret fields (or "ResultPath": null), and let the consumer read the secret itself (pass the secret's ARN or name; for HTTP Tasks use an EventBridge connection). Anyone with states:GetExecutionHistory can read history.
                (@StepFunctionsTest(secretsInHistory = WARN or OFF) to allow it in this test.)""");
        then(error.getMessage()).doesNotContain("pk_test_51Hq8Zt2eZvKYlo2C");
        then(sfn.executions()).hasSize(1);
    }

    @Test
    void should_pass_when_only_the_secret_arn_travels(StepFunctionsHarness sfn) {
        // GIVEN the fixed definition: FetchKey keeps the ARN only; the Lambda would read the key itself
        sfn.withDefinitionText("""
                {"StartAt": "FetchKey", "States": {
                  "FetchKey": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:secretsmanager:getSecretValue",
                               "Parameters": {"SecretId": "payment/api-key"},
                               "ResultSelector": {"arn.$": "$.ARN"}, "ResultPath": "$.key", "Next": "Charge"},
                  "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                             "Parameters": {"FunctionName": "charge", "Payload": {"amount.$": "$.amount", "keyArn.$": "$.key.arn"}},
                             "ResultSelector": {"charged.$": "$.Payload.charged"}, "End": true}}}""");

        // WHEN
        Execution execution = sfn.run("{\"amount\": 5}");

        // THEN
        assertThat(execution).succeeded().hasOutput("{\"charged\": true}");
    }

    @Test
    @StepFunctionsTest(definition = "dev/stepproof/junit/fetch-secret.asl.json", secretsInHistory = SecretsInHistory.WARN)
    void should_only_warn_when_told_to(StepFunctionsHarness sfn) {
        // WHEN
        Execution execution = sfn.run("{\"amount\": 5}");

        // THEN
        assertThat(execution).succeeded();
    }

    @Test
    @StepFunctionsTest(definition = "dev/stepproof/junit/fetch-secret.asl.json", secretsInHistory = SecretsInHistory.OFF)
    void should_not_check_when_off(StepFunctionsHarness sfn) {
        // WHEN
        Execution execution = sfn.run("{\"amount\": 5}");

        // THEN
        assertThat(execution).succeeded().hasOutput("{\"charged\": true}");
    }
}
