package dev.stepproof.toolkit;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.stepproof.toolkit.MockWorkflows.json;
import static dev.stepproof.toolkit.MockWorkflows.run;
import static dev.stepproof.toolkit.MockWorkflows.task;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

/** Calls no mock answers: the near-miss message, lenient mode, and how a test notices a swallowed miss. */
class Mocks_strict_Test {

    private static final String LAMBDA = "arn:aws:states:::lambda:invoke";
    private static final String CHARGE = task("ChargeCard", LAMBDA,
            "{\"FunctionName\": \"charge\", \"Payload\": {\"amount.$\": \"$.total\"}}");

    @Test
    void should_fail_an_unmatched_task_listing_the_nearest_mocks_and_what_each_missed() {
        // GIVEN
        Mocks mocks = Mocks.of(
                Mock.forState("ShipOrder").returns("{}"),
                Mock.forResource("arn:aws:states:::dynamodb:*").returns("{}"),
                Mock.forResource(LAMBDA).withParameters("{\"FunctionName\": \"refund\", \"Payload\": {\"amount\": 120}}")
                        .returns("{}"),
                Mock.forState("ChargeCards").returns("{}"),
                Mock.forAnyTask().when("amount over 1000", p -> p.at("/Payload/amount").asInt() > 1000).returns("{}"),
                Mock.forState("Refund").withParameters("{\"FunctionName\": \"refund\"}").returns("{}"));
        // WHEN
        Execution execution = run(CHARGE, "{\"total\": 120}", mocks.session());
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        then(execution.error()).isEqualTo("StepProof.UnmatchedTask");
        then(execution.cause()).isEqualTo("""
                No mock answers Task state 'ChargeCard' (resource arn:aws:states:::lambda:invoke, attempt 1) \
                with parameters {"FunctionName":"charge","Payload":{"amount":120}}.
                Nearest mocks:
                  1) forResource("arn:aws:states:::lambda:invoke").withParameters({"FunctionName":"refund",\
                "Payload":{"amount":120}}): parameters $.FunctionName expected "refund" but was "charge"
                  2) forState("ChargeCards"): state name expected 'ChargeCards' but was 'ChargeCard' (1 edit apart)
                  3) forAnyTask().when("amount over 1000"): when("amount over 1000") returned false
                  4) forState("ShipOrder"): state name expected 'ShipOrder' but was 'ChargeCard'
                  5) forResource("arn:aws:states:::dynamodb:*"): resource arn:aws:states:::lambda:invoke \
                does not match glob arn:aws:states:::dynamodb:*
                  (1 more mock not shown)
                Fix: add a mock that answers it, e.g. Mock.forState("ChargeCard").returns("{}"), \
                or use Mocks.lenient() to answer unmatched tasks with {}.""");
    }

    @Test
    void should_list_every_criterion_a_near_mock_missed() {
        // GIVEN
        Mocks mocks = Mocks.of(Mock.forState("Refund").withParameters("{\"FunctionName\": \"refund\", \"Qualifier\": \"prod\"}")
                .returns("{}"));
        // WHEN
        Execution execution = run(CHARGE, "{\"total\": 120}", mocks.session());
        // THEN
        then(execution.cause()).contains("\n  1) forState(\"Refund\").withParameters({\"FunctionName\":\"refund\",\"Qualifier\":\"prod\"}): "
                + "state name expected 'Refund' but was 'ChargeCard'; "
                + "parameters $.FunctionName expected \"refund\" but was \"charge\", $.Qualifier expected \"prod\" but was missing\n");
    }

    @Test
    void should_say_so_when_no_mocks_are_declared() {
        // WHEN
        Execution execution = run(CHARGE, "{\"total\": 5}", Mocks.of().session());
        // THEN
        then(execution.cause()).isEqualTo("""
                No mock answers Task state 'ChargeCard' (resource arn:aws:states:::lambda:invoke, attempt 1) \
                with parameters {"FunctionName":"charge","Payload":{"amount":5}}.
                No mocks are declared.
                Fix: add a mock that answers it, e.g. Mock.forState("ChargeCard").returns("{}"), \
                or use Mocks.lenient() to answer unmatched tasks with {}.""");
    }

    @Test
    void should_let_a_test_notice_an_unmatched_task_that_the_workflow_caught() {
        // GIVEN: a Catch on States.ALL swallows the StepProof.UnmatchedTask failure
        String definition = """
                {"StartAt": "ChargeCard", "States": {
                  "ChargeCard": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
                                 "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Apologise"}]},
                  "Apologise": {"Type": "Succeed"}}}""";
        MockSession session = Mocks.of(Mock.forState("ChargeCards").returns("{}")).session();
        // WHEN
        Execution execution = run(definition, "{}", session);
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        then(session.unmatched()).singleElement().satisfies(call -> {
            then(call.stateName()).isEqualTo("ChargeCard");
            then(call.matched()).isFalse();
            then(call.outcome()).isInstanceOfSatisfying(MockCall.Failed.class,
                    failed -> then(failed.error()).isEqualTo("StepProof.UnmatchedTask"));
        });
        thenThrownBy(session::verifyAllMatched).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expecting every Task call to be answered by a mock, but 1 was not:\n"
                        + "No mock answers Task state 'ChargeCard' (resource arn:aws:states:::lambda:invoke, attempt 1)")
                .hasMessageContaining("  1) forState(\"ChargeCards\"): state name expected 'ChargeCards' but was 'ChargeCard'");
    }

    @Test
    void should_answer_unmatched_tasks_with_an_empty_object_when_lenient_and_still_list_them() {
        // GIVEN
        MockSession session = Mocks.of(Mock.forState("Other").returns("1")).lenient().session();
        // WHEN
        Execution execution = run(CHARGE, "{\"total\": 5}", session);
        // THEN
        then(execution.output()).isEqualTo(json("{}"));
        then(session.unmatched()).extracting(MockCall::outcome).containsExactly(new MockCall.Returned(json("{}"), Duration.ZERO));
        thenThrownBy(session::verifyAllMatched).hasMessageContaining("Nearest mocks:\n  1) forState(\"Other\")");
    }

    @Test
    void should_pass_verification_when_every_call_matched() {
        // GIVEN
        MockSession session = Mocks.of(Mock.forState("ChargeCard").returns("1")).session();
        // WHEN
        run(CHARGE, "{\"total\": 5}", session);
        // THEN
        session.verifyAllMatched();
        then(session.unmatched()).isEmpty();
    }
}
