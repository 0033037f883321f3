package dev.stepproof.toolkit.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionOptions;
import dev.stepproof.toolkit.Interpreter;
import dev.stepproof.toolkit.spi.TaskResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HistorySecretScanTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String SECRET_RESPONSE = """
            {"ARN": "arn:aws:secretsmanager:us-east-1:111111111111:secret:pay-AbCdEf", "Name": "pay",
             "SecretString": "sk-pay-7f3a9c2e41"}""";

    /** Runs {@code definition}; each Task state answers the response named after it. */
    private static Execution run(String definition, Map<String, String> responses) {
        var machine = DefinitionReader.standard().read(definition, "<inline>").orElseThrow();
        return Interpreter.of(machine).execute(ExecutionOptions.defaults().withInput("{\"orderId\": \"o-1\"}")
                .withTaskInvoker(call -> TaskResult.success(json(responses.getOrDefault(call.stateName(), "{}")))));
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String fetchThen(String fetchExtras) {
        return """
                {"StartAt": "Fetch", "States": {
                  "Fetch": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:secretsmanager:getSecretValue",
                            "Parameters": {"SecretId": "pay"}, %s, "Next": "Charge"},
                  "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                             "Parameters": {"FunctionName": "charge", "Payload": {"orderId.$": "$.orderId"}},
                             "ResultPath": null, "End": true}}}""".formatted(fetchExtras);
    }

    @Test
    void should_report_a_secret_kept_in_state_output_in_every_later_event() {
        // GIVEN the secret is stored at $.secret and so flows into Charge's input and the execution's output
        Execution execution = run(fetchThen("\"ResultPath\": \"$.secret\""), Map.of("Fetch", SECRET_RESPONSE));

        // WHEN
        List<HistorySecretScan.SecretLeak> leaks = HistorySecretScan.scan(execution);

        // THEN the fetching TaskSucceeded (AWS records raw results there) is not reported; the rest are
        assertThat(leaks).extracting(HistorySecretScan.SecretLeak::message).containsExactly(
                "the SecretString returned by secretsmanager:getSecretValue in state 'Fetch' (event 5) appears in event 6 TaskStateExited of state 'Fetch', field output",
                "the SecretString returned by secretsmanager:getSecretValue in state 'Fetch' (event 5) appears in event 7 TaskStateEntered of state 'Charge', field input",
                "the SecretString returned by secretsmanager:getSecretValue in state 'Fetch' (event 5) appears in event 11 TaskStateExited of state 'Charge', field output",
                "the SecretString returned by secretsmanager:getSecretValue in state 'Fetch' (event 5) appears in event 12 ExecutionSucceeded, field output");
    }

    @Test
    void should_report_nothing_when_a_result_selector_drops_the_secret() {
        // GIVEN
        Execution execution = run(fetchThen("\"ResultSelector\": {\"name.$\": \"$.Name\"}, \"ResultPath\": \"$.secret\""),
                Map.of("Fetch", SECRET_RESPONSE));

        // WHEN
        List<HistorySecretScan.SecretLeak> leaks = HistorySecretScan.scan(execution);

        // THEN
        assertThat(execution.output().path("secret").path("name").asText()).isEqualTo("pay");
        assertThat(leaks).isEmpty();
    }

    @Test
    void should_name_the_variable_a_session_token_was_assigned_to() {
        // GIVEN sts:assumeRole credentials kept in a variable
        String definition = """
                {"StartAt": "Assume", "States": {
                  "Assume": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:sts:assumeRole",
                             "Parameters": {"RoleArn": "arn:aws:iam::111111111111:role/reader", "RoleSessionName": "s"},
                             "Assign": {"token.$": "$.Credentials.SessionToken"}, "ResultPath": null, "End": true}}}""";
        String response = """
                {"Credentials": {"AccessKeyId": "ASIAEXAMPLE", "SecretAccessKey": "wJalrXUtnFEMI/K7MDENG",
                                 "SessionToken": "FwoGZXIvYXdzEBYaDH", "Expiration": "2026-01-01T01:00:00Z"}}""";

        // WHEN
        List<HistorySecretScan.SecretLeak> leaks = HistorySecretScan.scan(run(definition, Map.of("Assume", response)));

        // THEN
        assertThat(leaks).singleElement().satisfies(leak -> {
            assertThat(leak.call()).isEqualTo("sts:assumeRole");
            assertThat(leak.field()).isEqualTo("Credentials.SessionToken");
            assertThat(leak.eventType()).isEqualTo("TaskStateExited");
            assertThat(leak.detail()).isEqualTo("assignedVariables.token");
        });
    }

    @Test
    void should_track_decrypted_ssm_parameters_only() {
        // GIVEN the same parameter read with and without WithDecryption, then passed on whole
        String definition = """
                {"StartAt": "Read", "States": {
                  "Read": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:ssm:getParameter",
                           "Parameters": {"Name": "/pay/key", "WithDecryption": %s}, "End": true}}}""";
        String response = "{\"Parameter\": {\"Name\": \"/pay/key\", \"Value\": \"ssm-secret-value-1\", \"Type\": \"SecureString\"}}";

        // WHEN
        var decrypted = HistorySecretScan.scan(run(definition.formatted("true"), Map.of("Read", response)));
        var plain = HistorySecretScan.scan(run(definition.formatted("false"), Map.of("Read", response)));

        // THEN
        assertThat(decrypted).extracting(HistorySecretScan.SecretLeak::field).containsOnly("Parameter.Value");
        assertThat(decrypted).extracting(HistorySecretScan.SecretLeak::eventType).containsExactly("TaskStateExited", "ExecutionSucceeded");
        assertThat(plain).isEmpty();
    }

    @Test
    void should_track_the_parts_of_a_json_secret_string_taken_apart_later() {
        // GIVEN a JSON SecretString whose apiKey is extracted with States.StringToJson and sent to a Lambda
        String definition = """
                {"StartAt": "Fetch", "States": {
                  "Fetch": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:secretsmanager:getSecretValue",
                            "Parameters": {"SecretId": "pay"},
                            "ResultSelector": {"creds.$": "States.StringToJson($.SecretString)"}, "ResultPath": "$.s",
                            "Next": "Charge"},
                  "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                             "Parameters": {"FunctionName": "charge", "Payload": {"key.$": "$.s.creds.apiKey"}},
                             "OutputPath": "$.Payload", "End": true}}}""";
        String response = "{\"SecretString\": \"{\\\"apiKey\\\": \\\"key-9d8c7b6a\\\", \\\"env\\\": \\\"prod\\\"}\"}";

        // WHEN
        var leaks = HistorySecretScan.scan(run(definition, Map.of("Fetch", response, "Charge", "{\"Payload\": {}}")));

        // THEN "prod" is too short to track; the apiKey is found where Charge sends it
        assertThat(leaks).extracting(l -> l.field() + " @" + l.eventId() + " " + l.eventType() + "." + l.detail()).containsExactly(
                "SecretString.apiKey @6 TaskStateExited.output",
                "SecretString.apiKey @7 TaskStateEntered.input",
                "SecretString.apiKey @8 TaskScheduled.parameters");
        assertThat(HistorySecretScan.describe(leaks)).doesNotContain("key-9d8c7b6a").startsWith(
                "Secret values returned by a mocked secret-returning call appear in the execution history (3 places):")
                .endsWith("Fix: keep the value out of state data: on 'Fetch' add a ResultSelector that keeps only non-secret "
                        + "fields (or \"ResultPath\": null), and let the consumer read the secret itself (pass the secret's "
                        + "ARN or name; for HTTP Tasks use an EventBridge connection). Anyone with "
                        + "states:GetExecutionHistory can read history.");
    }

    @Test
    void should_ignore_calls_that_return_no_secret() {
        // GIVEN a Lambda answering something secret-looking: not a secret-returning call
        Execution execution = run(fetchThen("\"ResultPath\": \"$.secret\"").replace("aws-sdk:secretsmanager:getSecretValue",
                "aws-sdk:secretsmanager:describeSecret"), Map.of("Fetch", SECRET_RESPONSE));

        // WHEN / THEN
        assertThat(HistorySecretScan.scan(execution)).isEmpty();
    }
}
