package dev.stepproof.toolkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.stepproof.toolkit.spi.TaskResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.BDDAssertions.then;

/**
 * HTTP Task states against a real WireMock server on loopback: requests as the definition describes them, and
 * responses, HTTP errors and socket failures as a workflow's Retry and Catch see them.
 */
class HttpTaskInvokerTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String baseUrl() {
        return "http://127.0.0.1:" + SERVER.getPort();
    }

    private static HttpTaskInvoker http() {
        return HttpTaskInvoker.standard().withBaseUrl(baseUrl());
    }

    private static Execution run(String definition, String input, HttpTaskInvoker invoker) {
        return Interpreter.of(DefinitionReader.standard().read(definition, "http.asl.json").orElseThrow())
                .execute(ExecutionOptions.defaults().withInput(input).withTaskInvoker(invoker));
    }

    private static JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }

    /** One HTTP Task with the given parameters, catching 404, 500 and socket errors into $.error. */
    private static String machine(String parameters) {
        return """
                {"StartAt": "Call", "States": {
                  "Call": {"Type": "Task", "Resource": "arn:aws:states:::http:invoke",
                           "Parameters": %s,
                           "Catch": [{"ErrorEquals": ["States.Http.StatusCode.404"], "ResultPath": "$.error", "Next": "NotFound"},
                                     {"ErrorEquals": ["States.Http.StatusCode.500"], "ResultPath": "$.error", "Next": "ServerError"},
                                     {"ErrorEquals": ["States.Http.Socket"], "ResultPath": "$.error", "Next": "Unreachable"}],
                           "End": true},
                  "NotFound": {"Type": "Pass", "End": true},
                  "ServerError": {"Type": "Pass", "End": true},
                  "Unreachable": {"Type": "Pass", "End": true}}}""".formatted(parameters);
    }

    @Test
    void get_sends_query_parameters_and_headers_and_returns_the_response_as_aws_shapes_it() throws Exception {
        // GIVEN
        SERVER.stubFor(get(urlPathEqualTo("/orders/42"))
                .willReturn(okJson("{\"id\": \"42\", \"total\": 12.5}").withHeader("X-Request-Id", "r-1")));
        String definition = machine("""
                {"ApiEndpoint.$": "States.Format('https://api.example.com/orders/{}', $.id)", "Method": "GET",
                 "Authentication": {"ConnectionArn": "arn:aws:events:us-east-1:111111111111:connection/shop/abc"},
                 "QueryParameters": {"expand": "lines", "page": 2},
                 "Headers": {"X-Tenant": "acme", "Accept": "application/json"}}""");
        HttpTaskInvoker invoker = http();
        // WHEN
        Execution execution = run(definition, "{\"id\": \"42\"}", invoker);
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        JsonNode output = execution.output();
        then(output.get("ResponseBody")).isEqualTo(json("{\"id\": \"42\", \"total\": 12.5}"));
        then(output.get("StatusCode").intValue()).isEqualTo(200);
        then(output.get("StatusText").textValue()).isEqualTo("OK");
        then(output.get("Headers").get("x-request-id")).isEqualTo(json("[\"r-1\"]"));
        then(output.get("Headers").get("content-type")).isEqualTo(json("[\"application/json\"]"));
        SERVER.verify(getRequestedFor(urlPathEqualTo("/orders/42"))
                .withQueryParam("expand", equalTo("lines"))
                .withQueryParam("page", equalTo("2"))
                .withHeader("X-Tenant", equalTo("acme"))
                .withHeader("User-Agent", equalTo("Amazon|StepFunctions|HttpInvoke|us-east-1")));
        then(invoker.calls()).containsExactly(new HttpTaskInvoker.Call("Call", "GET",
                java.net.URI.create(baseUrl() + "/orders/42?expand=lines&page=2"),
                "arn:aws:events:us-east-1:111111111111:connection/shop/abc", 200, null));
    }

    @Test
    void post_serialises_the_request_body_as_json() throws Exception {
        // GIVEN
        SERVER.stubFor(post(urlPathEqualTo("/orders"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"created\": true}")));
        String definition = machine("""
                {"ApiEndpoint": "https://api.example.com/orders", "Method": "POST",
                 "RequestBody": {"item.$": "$.item", "quantity": 3, "gift": false}}""");
        // WHEN
        Execution execution = run(definition, "{\"item\": \"book\"}", http());
        // THEN
        then(execution.output().get("ResponseBody")).isEqualTo(json("{\"created\": true}"));
        then(execution.output().get("StatusText").textValue()).isEqualTo("Created");
        SERVER.verify(postRequestedFor(urlPathEqualTo("/orders"))
                .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
                .withRequestBody(equalToJson("{\"item\": \"book\", \"quantity\": 3, \"gift\": false}")));
    }

    @Test
    void url_encoded_transform_sends_a_form_with_the_chosen_array_format() {
        // GIVEN
        SERVER.stubFor(post(urlPathEqualTo("/form")).willReturn(aResponse().withStatus(204)));
        String definition = machine("""
                {"ApiEndpoint": "https://api.example.com/form", "Method": "POST",
                 "RequestBody": {"name": "Ada Lovelace", "tags": ["a", "b"]},
                 "Transform": {"RequestBodyEncoding": "URL_ENCODED",
                               "RequestEncodingOptions": {"ArrayFormat": "BRACKETS"}}}""");
        // WHEN
        Execution execution = run(definition, "{}", http());
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        then(execution.output().get("ResponseBody").textValue()).isEmpty();
        SERVER.verify(postRequestedFor(urlPathEqualTo("/form"))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo("name=Ada%20Lovelace&tags%5B%5D=a&tags%5B%5D=b")));
    }

    @Test
    void a_404_fails_with_its_status_error_and_a_catch_reads_the_response_from_the_cause() throws Exception {
        // GIVEN
        SERVER.stubFor(get(urlPathEqualTo("/orders/7")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"message\": \"no such order\"}")));
        String definition = machine("{\"ApiEndpoint\": \"https://api.example.com/orders/7\", \"Method\": \"GET\"}");
        // WHEN
        Execution execution = run(definition, "{}", http());
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        then(execution.history().statesEntered()).containsExactly("Call", "NotFound");
        JsonNode error = execution.output().get("error");
        then(error.get("Error").textValue()).isEqualTo("States.Http.StatusCode.404");
        JsonNode cause = json(error.get("Cause").textValue());
        then(cause.get("StatusCode").intValue()).isEqualTo(404);
        then(cause.get("StatusText").textValue()).isEqualTo("Not Found");
        then(cause.get("ResponseBody")).isEqualTo(json("{\"message\": \"no such order\"}"));
    }

    @Test
    void a_500_is_caught_by_its_own_catcher() {
        // GIVEN
        SERVER.stubFor(get(urlPathEqualTo("/boom")).willReturn(aResponse().withStatus(500).withBody("oops")));
        String definition = machine("{\"ApiEndpoint\": \"https://api.example.com/boom\", \"Method\": \"GET\"}");
        // WHEN
        Execution execution = run(definition, "{}", http());
        // THEN
        then(execution.history().statesEntered()).containsExactly("Call", "ServerError");
        then(execution.output().at("/error/Error").textValue()).isEqualTo("States.Http.StatusCode.500");
        then(execution.output().at("/error/Cause").textValue()).contains("\"ResponseBody\":\"oops\"");
    }

    @Test
    void a_refused_connection_fails_with_states_http_socket() throws IOException {
        // GIVEN a loopback port nobody listens on
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String definition = machine("{\"ApiEndpoint\": \"https://api.example.com/orders\", \"Method\": \"GET\"}");
        // WHEN
        Execution execution = run(definition, "{}",
                HttpTaskInvoker.standard().withBaseUrl("http://127.0.0.1:" + port));
        // THEN
        then(execution.history().statesEntered()).containsExactly("Call", "Unreachable");
        then(execution.output().at("/error/Error").textValue()).isEqualTo("States.Http.Socket");
        then(execution.output().at("/error/Cause").textValue()).isEqualTo("The HTTP request GET http://127.0.0.1:"
                + port + "/orders failed: the connection was refused.");
    }

    @Test
    void a_response_slower_than_the_timeout_fails_with_states_http_socket() {
        // GIVEN
        SERVER.stubFor(get(urlPathEqualTo("/slow")).willReturn(okJson("{}").withFixedDelay(2_000)));
        String definition = machine("{\"ApiEndpoint\": \"https://api.example.com/slow\", \"Method\": \"GET\"}");
        // WHEN
        Execution execution = run(definition, "{}", http().withTimeout(Duration.ofMillis(200)));
        // THEN
        then(execution.output().at("/error/Error").textValue()).isEqualTo("States.Http.Socket");
        then(execution.output().at("/error/Cause").textValue()).isEqualTo("The HTTP request GET " + baseUrl()
                + "/slow failed: no response within 200 ms.");
    }

    @Test
    void a_503_is_retried_and_the_second_call_succeeds() throws Exception {
        // GIVEN the first call answers 503, the next 200 (a WireMock scenario)
        SERVER.stubFor(get(urlPathEqualTo("/flaky")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        SERVER.stubFor(get(urlPathEqualTo("/flaky")).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(okJson("{\"ok\": true}")));
        String definition = """
                {"StartAt": "Call", "States": {
                  "Call": {"Type": "Task", "Resource": "arn:aws:states:::http:invoke",
                           "Parameters": {"ApiEndpoint": "https://api.example.com/flaky", "Method": "GET"},
                           "ResultSelector": {"body.$": "$.ResponseBody"},
                           "Retry": [{"ErrorEquals": ["States.Http.StatusCode.503"], "IntervalSeconds": 30,
                                      "MaxAttempts": 2}],
                           "End": true}}}""";
        // WHEN
        Execution execution = run(definition, "{}", http());
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        then(execution.output()).isEqualTo(json("{\"body\": {\"ok\": true}}"));
        then(execution.history().taskAttempts("Call")).hasSize(2);
        then(execution.stopTime()).isEqualTo(execution.startTime().plusSeconds(30));
        SERVER.verify(2, getRequestedFor(urlPathEqualTo("/flaky")));
    }

    @Test
    void parameters_aws_would_refuse_fail_the_execution_with_states_runtime() {
        // GIVEN a catch-all that must not see the failure
        String definition = """
                {"StartAt": "Call", "States": {
                  "Call": {"Type": "Task", "Resource": "arn:aws:states:::http:invoke",
                           "Parameters": {"ApiEndpoint": "https://api.example.com/x", "Method": "FETCH"},
                           "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Caught"}], "End": true},
                  "Caught": {"Type": "Pass", "End": true}}}""";
        // WHEN
        Execution execution = run(definition, "{}", http());
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        then(execution.error()).isEqualTo("States.Runtime");
        then(execution.cause()).isEqualTo("The Parameters '{\"ApiEndpoint\":\"https://api.example.com/x\","
                + "\"Method\":\"FETCH\"}' could not be used to start the Task: [The value of the field 'Method' has "
                + "an invalid format]");
        SERVER.verify(0, getRequestedFor(urlPathEqualTo("/x")));
    }

    @Test
    void a_text_response_stays_text() {
        // GIVEN
        SERVER.stubFor(get(urlPathEqualTo("/text")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain").withBody("{\"looks\": \"like json\"}")));
        String definition = machine("{\"ApiEndpoint\": \"https://api.example.com/text\", \"Method\": \"GET\"}");
        // WHEN
        Execution execution = run(definition, "{}", http());
        // THEN
        then(execution.output().get("ResponseBody").textValue()).isEqualTo("{\"looks\": \"like json\"}");
    }

    @Test
    void or_else_sends_other_tasks_to_the_other_invoker() throws Exception {
        // GIVEN
        SERVER.stubFor(get(urlPathEqualTo("/price")).willReturn(okJson("{\"price\": 9}")));
        String definition = """
                {"StartAt": "Price", "States": {
                  "Price": {"Type": "Task", "Resource": "arn:aws:states:::http:invoke",
                            "Parameters": {"ApiEndpoint": "https://api.example.com/price", "Method": "GET"},
                            "ResultSelector": {"price.$": "$.ResponseBody.price"}, "Next": "Save"},
                  "Save": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:putItem",
                           "Parameters": {"TableName": "prices", "Item": {"p": {"N.$": "States.JsonToString($.price)"}}},
                           "ResultPath": "$.saved", "End": true}}}""";
        HttpTaskInvoker http = http();
        // WHEN
        Execution execution = Interpreter.of(DefinitionReader.standard().read(definition, "compose.asl.json")
                        .orElseThrow())
                .execute(ExecutionOptions.defaults().withTaskInvoker(http.orElse(
                        call -> TaskResult.success(JSON.createObjectNode().put("from", call.resourceType())))));
        // THEN
        then(execution.output()).isEqualTo(json("{\"price\": 9, \"saved\": {\"from\": \"dynamodb\"}}"));
        then(http.calls()).extracting(HttpTaskInvoker.Call::stateName).containsExactly("Price");
    }

    @Test
    void alone_it_refuses_tasks_that_are_not_http_tasks() {
        // GIVEN
        String definition = """
                {"StartAt": "Save", "States": {
                  "Save": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage",
                           "Parameters": {"QueueUrl": "q", "MessageBody": "m"}, "End": true}}}""";
        // WHEN
        Execution execution = run(definition, "{}", http());
        // THEN
        then(execution.error()).isEqualTo("StepProof.NoTaskInvoker");
        then(execution.cause()).isEqualTo("Task state 'Save' calls arn:aws:states:::sqs:sendMessage, but "
                + "HttpTaskInvoker performs only arn:aws:states:::http:invoke; compose it with another invoker: "
                + "HttpTaskInvoker.orElse(...).");
    }
}
