package dev.stepproof.toolkit.internal.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.spi.TaskInvocation;
import dev.stepproof.toolkit.spi.TaskResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.stepproof.toolkit.internal.catalogue.Calls.call;
import static dev.stepproof.toolkit.internal.catalogue.Calls.json;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.BDDAssertions.then;

/** Every entry of the shipped data file: it renders, deterministically, and every error has a usable name and cause. */
class IntegrationCatalogue_data_Test {

    /** Parameters every action's template can use, so no placeholder is left without a source. */
    private static final String PARAMETERS = """
            {"FunctionName": "f", "Payload": {"a": 1}, "TableName": "t", "Key": {"id": {"S": "1"}},
             "TopicArn": "arn:aws:sns:eu-west-1:222222222222:t", "Message": "m", "QueueUrl": "q", "MessageBody": "b",
             "Entries": [{"Source": "s"}], "StateMachineArn": "arn:aws:states:eu-west-1:222222222222:stateMachine:C",
             "Input": {"n": 1}, "Cluster": "c", "TaskDefinition": "td", "LaunchType": "FARGATE", "JobName": "j",
             "JobQueue": "q", "JobDefinition": "d", "Arguments": {"--k": "v"}, "Bucket": "b", "Body": "x",
             "ApiEndpoint": "https://example.com", "Method": "GET"}""";

    private final IntegrationCatalogue catalogue = IntegrationCatalogue.standard();

    private List<String[]> actions() {
        List<String[]> all = new ArrayList<>();
        for (String type : catalogue.data().resourceTypes()) {
            ServiceEntry service = catalogue.data().service(type).orElseThrow();
            service.actions().keySet().forEach(action -> all.add(new String[]{type, action}));
        }
        return all;
    }

    private static String actionOf(String action) {
        return action.equals("$function") ? "arn:aws:lambda:eu-west-1:222222222222:function:f"
                : action.equals("*") ? "anyAction" : action;
    }

    @TestFactory
    List<DynamicTest> should_render_every_action_the_same_way_twice() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] entry : actions()) {
            String type = entry[0].equals("aws-sdk:*") ? "aws-sdk:kinesis" : entry[0];
            tests.add(DynamicTest.dynamicTest(entry[0] + ":" + entry[1], () -> {
                // GIVEN
                TaskInvocation invocation = call(type, actionOf(entry[1]), PARAMETERS);
                JsonNode payload = json("{\"Extra\": \"e\"}");
                // WHEN
                JsonNode once = catalogue.wrap(invocation, payload);
                JsonNode again = catalogue.wrap(invocation, payload);
                // THEN
                then(once).isEqualTo(again);
                then(once.toString()).doesNotContain("${");
                then(catalogue.payloadMeaning(type, actionOf(entry[1]))).get().asString().isNotBlank();
            }));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> should_give_every_error_a_name_and_a_complete_cause() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String type : catalogue.data().resourceTypes()) {
            String concrete = type.equals("aws-sdk:*") ? "aws-sdk:kinesis" : type;
            ServiceEntry service = catalogue.data().service(concrete).orElseThrow();
            for (String kind : service.errors().keySet()) {
                tests.add(DynamicTest.dynamicTest(type + " " + kind, () -> {
                    // WHEN
                    Optional<TaskResult.Failure> failure = catalogue.failure(call(concrete, "someAction", "{}"), kind);
                    // THEN
                    then(failure).isPresent();
                    then(failure.get().error()).matches("[A-Za-z0-9]+(\\.[A-Za-z0-9]+)+").doesNotContain("null");
                    then(failure.get().cause()).isNotBlank().doesNotContain("${").doesNotContain("null;");
                }));
            }
        }
        return tests;
    }

    @Test
    void should_know_a_throttling_error_for_every_catalogued_integration() {
        for (String type : catalogue.data().resourceTypes()) {
            String concrete = type.equals("aws-sdk:*") ? "aws-sdk:kinesis" : type;
            then(catalogue.errorName(concrete, "anyAction", "throttling")).as(type).isPresent();
        }
    }

    @Test
    void should_reject_a_catalogue_of_another_format_version() {
        assertThatThrownBy(() -> IntegrationCatalogue.of(json("{\"formatVersion\": 2}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Integration catalogue: formatVersion must be 1, but was 2");
    }

    @Test
    void should_name_an_unknown_placeholder_in_a_custom_catalogue() {
        // GIVEN
        IntegrationCatalogue custom = IntegrationCatalogue.of(json("""
                {"formatVersion": 1, "services": {"x": {"actions": {"go": {"response": {"a": "${nope}"}}}}}}"""));
        // WHEN / THEN
        assertThatThrownBy(() -> custom.wrap("x", "go", null, json("{}")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("catalogue.json uses an unknown placeholder ${nope}");
    }
}
