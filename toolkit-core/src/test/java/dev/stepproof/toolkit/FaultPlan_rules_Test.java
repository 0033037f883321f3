package dev.stepproof.toolkit;

import dev.stepproof.toolkit.spi.TaskInvocation;
import dev.stepproof.toolkit.spi.TaskInvoker;
import dev.stepproof.toolkit.spi.TaskResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static dev.stepproof.toolkit.FaultTesting.json;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.BDDAssertions.then;

/** Which calls a rule applies to, in which order rules are tried, and how plans are built. */
class FaultPlan_rules_Test {

    private static final TaskInvoker OK = call -> TaskResult.success(json("{\"ok\": true}"));
    private static final String DYNAMO = "arn:aws:states:::dynamodb:putItem";

    private static TaskInvocation call(String state, String resource, int attempt) {
        String type = resource.startsWith("arn:aws:states:::") ? resource.substring(17, resource.lastIndexOf(':')) : "lambda";
        String action = resource.startsWith("arn:aws:states:::") ? resource.substring(resource.lastIndexOf(':') + 1) : resource;
        return new TaskInvocation(state, resource, type, action, json("{}"), attempt, json("{}"), Instant.EPOCH);
    }

    @Test
    void should_apply_a_rule_to_the_chosen_attempts_only() {
        // GIVEN
        FaultInjector faults = FaultPlan.empty().onState("Save").attempts(1, 2).fail("Boom", null).around(OK);
        // WHEN
        TaskResult first = faults.invoke(call("Save", DYNAMO, 1));
        TaskResult second = faults.invoke(call("Save", DYNAMO, 2));
        TaskResult third = faults.invoke(call("Save", DYNAMO, 3));
        // THEN
        then(first).isEqualTo(TaskResult.failure("Boom", null));
        then(second).isEqualTo(TaskResult.failure("Boom", null));
        then(third).isInstanceOf(TaskResult.Success.class);
    }

    @Test
    void should_match_resources_exactly_or_by_glob() {
        // GIVEN
        FaultInjector faults = FaultPlan.empty()
                .onResource("arn:aws:lambda:*:function:charge*").fail("Charge.Down", null)
                .onResource(DYNAMO).fail("Dynamo.Down", null)
                .around(OK);
        // WHEN / THEN
        then(faults.invoke(call("A", "arn:aws:lambda:eu-west-1:1:function:chargeCard", 1))).isEqualTo(TaskResult.failure("Charge.Down", null));
        then(faults.invoke(call("B", DYNAMO, 1))).isEqualTo(TaskResult.failure("Dynamo.Down", null));
        then(faults.invoke(call("C", "arn:aws:states:::dynamodb:getItem", 1))).isInstanceOf(TaskResult.Success.class);
        then(faults.invoke(call("D", "arn:aws:lambda:eu-west-1:1:function:refund", 1))).isInstanceOf(TaskResult.Success.class);
    }

    @Test
    void should_let_the_first_matching_rule_decide() {
        // GIVEN
        FaultInjector faults = FaultPlan.empty()
                .onState("Save").attempt(1).fail("First", null)
                .onResource("*").fail("Everything", null)
                .around(OK);
        // WHEN / THEN
        then(faults.invoke(call("Save", DYNAMO, 1)).toString()).contains("First");
        then(faults.invoke(call("Save", DYNAMO, 2)).toString()).contains("Everything");
        then(faults.injected()).extracting(InjectedFault::rule)
                .containsExactly("rule 1: state 'Save' attempt 1", "rule 2: resource '*'");
    }

    @Test
    void should_leave_a_plan_unchanged_when_a_rule_is_added() {
        // GIVEN
        FaultPlan empty = FaultPlan.empty();
        // WHEN
        FaultPlan one = empty.onState("Charge").attempt(1).throttle();
        FaultPlan two = one.onResource(DYNAMO).everyAttempt().latency(Duration.ofMillis(1500));
        // THEN
        then(empty).hasToString("FaultPlan: no rules");
        then(one).hasToString("FaultPlan: rule 1: state 'Charge' attempt 1 -> throttle");
        then(two).hasToString("FaultPlan: rule 1: state 'Charge' attempt 1 -> throttle; "
                + "rule 2: resource 'arn:aws:states:::dynamodb:putItem' -> latency PT1.5S");
        then(two.seed()).isEmpty();
    }

    @Test
    void should_pass_calls_no_rule_fires_for_to_the_wrapped_invoker() {
        // GIVEN
        FaultInjector faults = FaultPlan.empty().onState("Other").timeOut().around(OK);
        // WHEN
        TaskResult result = faults.invoke(call("Save", DYNAMO, 1));
        // THEN
        then(result).isEqualTo(OK.invoke(call("Save", DYNAMO, 1)));
        then(faults.injected()).isEmpty();
        then(faults.report()).isEqualTo("0 faults injected by FaultPlan: rule 1: state 'Other' -> time out");
    }

    @Test
    void should_refuse_attempts_that_cannot_happen() {
        assertThatThrownBy(() -> FaultPlan.empty().onState("A").attempt(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Attempts are numbered from 1 and the range must not be empty, but was 0..0");
        assertThatThrownBy(() -> FaultPlan.empty().onState("A").attempts(3, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Attempts are numbered from 1 and the range must not be empty, but was 3..2");
    }

    @Test
    void should_refuse_a_negative_latency_and_an_empty_rate_window() {
        assertThatThrownBy(() -> FaultPlan.empty().onState("A").latency(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A latency fault's delay must not be negative, but was PT-1S");
        assertThatThrownBy(() -> FaultPlan.empty().rateLimit("*", 3, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A rate limit needs calls >= 0 and a window of at least 1 ms, but was 3 per PT0S");
    }
}
