package dev.stepproof.toolkit;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static dev.stepproof.toolkit.MockWorkflows.json;
import static dev.stepproof.toolkit.MockWorkflows.run;
import static dev.stepproof.toolkit.MockWorkflows.task;
import static org.assertj.core.api.BDDAssertions.then;

/** Which mock answers a call: by state, resource (exact, glob, regex), parameters, predicate, and precedence. */
class Mocks_matching_Test {

    private static final String LAMBDA = "arn:aws:states:::lambda:invoke";
    private static final String PUT_ITEM = "arn:aws:states:::dynamodb:putItem";

    @Test
    void should_answer_by_state_name() {
        // GIVEN
        Mocks mocks = Mocks.of(Mock.forState("Other").returns("{\"by\": \"other\"}"),
                Mock.forState("Charge").returns("{\"by\": \"charge\"}"));
        // WHEN
        Execution execution = run(task("Charge", LAMBDA, "{}"), "{}", mocks.session());
        // THEN
        then(execution.output()).isEqualTo(json("{\"by\": \"charge\"}"));
    }

    @Test
    void should_answer_by_exact_resource_glob_or_regex() {
        // GIVEN
        Mocks exact = Mocks.of(Mock.forResource(PUT_ITEM).returns("\"exact\""));
        Mocks glob = Mocks.of(Mock.forResource("arn:aws:states:::lambda:*").returns("\"lambda\""),
                Mock.forResource("*:dynamodb:*").returns("\"glob\""));
        Mocks regex = Mocks.of(Mock.forResource(Pattern.compile("arn:aws:states:::(dynamodb|sqs):\\w+")).returns("\"regex\""));
        // WHEN / THEN
        then(run(task("Put", PUT_ITEM, "{}"), "{}", exact.session()).output()).isEqualTo(json("\"exact\""));
        then(run(task("Put", PUT_ITEM, "{}"), "{}", glob.session()).output()).isEqualTo(json("\"glob\""));
        then(run(task("Put", PUT_ITEM, "{}"), "{}", regex.session()).output()).isEqualTo(json("\"regex\""));
        then(run(task("Call", LAMBDA + ".waitForTaskToken", "{}"), "{}", Mocks.of(Mock.forResource(LAMBDA).returns("{}"))
                .session()).error()).as("an exact resource does not match a longer one").isEqualTo("StepProof.UnmatchedTask");
    }

    @Test
    void should_answer_when_the_parameters_contain_the_expected_json() {
        // GIVEN
        Mocks mocks = Mocks.of(
                Mock.forAnyTask().withParameters("{\"TableName\": \"users\"}").returns("\"users\""),
                Mock.forAnyTask().withParameters("{\"TableName\": \"orders\", \"Item\": {\"qty\": {\"N\": 2.0}}}").returns("\"orders\""));
        String params = "{\"TableName\": \"orders\", \"Item\": {\"id\": {\"S\": \"o-1\"}, \"qty\": {\"N\": 2}}}";
        // WHEN
        Execution execution = run(task("Put", PUT_ITEM, params), "{}", mocks.session());
        // THEN: extra fields are ignored and 2 equals 2.0
        then(execution.output()).isEqualTo(json("\"orders\""));
    }

    @Test
    void should_answer_when_the_predicate_holds_on_the_effective_parameters() {
        // GIVEN
        Mocks mocks = Mocks.of(
                Mock.forState("Charge").when("large", p -> p.path("amount").asInt() > 100).fails("Card.Declined", "over limit"),
                Mock.forState("Charge").returns("{\"charged\": true}"));
        String definition = task("Charge", LAMBDA, "{\"amount.$\": \"$.total\"}");
        // WHEN
        Execution small = run(definition, "{\"total\": 20}", mocks.session());
        Execution large = run(definition, "{\"total\": 500}", mocks.session());
        // THEN
        then(small.output()).isEqualTo(json("{\"charged\": true}"));
        then(large.error()).isEqualTo("Card.Declined");
        then(large.cause()).isEqualTo("over limit");
    }

    @Test
    void should_answer_only_when_every_criterion_of_a_combined_mock_holds() {
        // GIVEN
        Mocks mocks = Mocks.of(Mock.forState("Put").withResource("arn:aws:states:::dynamodb:*")
                .withParameters("{\"TableName\": \"orders\"}").when(p -> p.has("Item")).returns("\"all four\""))
                .lenient();
        // WHEN
        Execution all = run(task("Put", PUT_ITEM, "{\"TableName\": \"orders\", \"Item\": {}}"), "{}", mocks.session());
        Execution noItem = run(task("Put", PUT_ITEM, "{\"TableName\": \"orders\"}"), "{}", mocks.session());
        Execution otherState = run(task("Save", PUT_ITEM, "{\"TableName\": \"orders\", \"Item\": {}}"), "{}", mocks.session());
        // THEN
        then(all.output()).isEqualTo(json("\"all four\""));
        then(noItem.output()).isEqualTo(json("{}"));
        then(otherState.output()).isEqualTo(json("{}"));
    }

    @Test
    void should_consult_state_mocks_before_other_mocks_then_declaration_order() {
        // GIVEN: the broad resource mock is declared first, yet the state mock answers
        Mocks mocks = Mocks.of(
                Mock.forResource(LAMBDA).returns("\"resource\""),
                Mock.forState("Charge").returns("\"first state mock\""),
                Mock.forState("Charge").returns("\"second state mock\""));
        // WHEN
        MockSession session = mocks.session();
        Execution charge = run(task("Charge", LAMBDA, "{}"), "{}", session);
        Execution other = run(task("Notify", LAMBDA, "{}"), "{}", session);
        // THEN
        then(charge.output()).isEqualTo(json("\"first state mock\""));
        then(other.output()).isEqualTo(json("\"resource\""));
        then(session.calls()).extracting(MockCall::mock)
                .containsExactly("forState(\"Charge\")", "forResource(\"arn:aws:states:::lambda:invoke\")");
    }
}
