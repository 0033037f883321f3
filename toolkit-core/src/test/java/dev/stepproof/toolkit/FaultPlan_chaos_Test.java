package dev.stepproof.toolkit;

import dev.stepproof.toolkit.FaultTesting.CountingService;
import org.junit.jupiter.api.Test;

import java.util.OptionalLong;

import static dev.stepproof.toolkit.FaultTesting.events;
import static dev.stepproof.toolkit.FaultTesting.interpreter;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.BDDAssertions.then;

/** Chaos: faults drawn by chance from a seed, replayed exactly by the same seed, and reported with it. */
class FaultPlan_chaos_Test {

    private static final String RETRY_THROTTLES = """
            "Retry": [{"ErrorEquals": ["Lambda.TooManyRequestsException"], "IntervalSeconds": 2, "MaxAttempts": 6,
                       "BackoffRate": 2, "JitterStrategy": "FULL"}],""";

    /** Twenty orders, each charged by a Lambda that is retried when throttled. */
    private static final String CHARGE_ALL = chargeAll(RETRY_THROTTLES);

    /** The same without Retry: the first throttle fails the execution. */
    private static final String CHARGE_ALL_ONCE = chargeAll("");

    private static String chargeAll(String retry) {
        return """
                {"StartAt": "Fan", "States": {"Fan": {"Type": "Map", "ItemsPath": "$.orders", "MaxConcurrency": 5,
                  "ItemProcessor": {"StartAt": "Charge", "States": {"Charge": {"Type": "Task",
                    "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
                    %s "End": true}}},
                  "End": true}}}""".formatted(retry);
    }

    private static String orders(int n) {
        StringBuilder sb = new StringBuilder("{\"orders\": [");
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ", ").append("{\"id\": ").append(i).append('}');
        }
        return sb.append("]}").toString();
    }

    private static Execution run(String definition, FaultPlan plan) {
        return interpreter(definition).execute(ExecutionOptions.defaults().withInput(orders(20))
                .withTaskInvoker(plan.around(new CountingService())));
    }

    private static FaultPlan throttling(long seed) {
        return FaultPlan.chaos(seed).onResource("arn:aws:states:::lambda:invoke").withProbability(0.3).throttle();
    }

    @Test
    void should_replay_the_same_history_from_the_same_seed() {
        // WHEN
        Execution first = run(CHARGE_ALL, throttling(7));
        Execution replay = run(CHARGE_ALL, throttling(7));
        // THEN
        then(events(first, "TaskFailed")).isNotEmpty();
        then(replay.history().toJson().toString()).isEqualTo(first.history().toJson().toString());
        then(replay.stopTime()).isEqualTo(first.stopTime());
    }

    @Test
    void should_draw_other_faults_from_another_seed() {
        // WHEN
        Execution seven = run(CHARGE_ALL, throttling(7));
        Execution eight = run(CHARGE_ALL, throttling(8));
        // THEN
        then(eight.history().toJson().toString()).isNotEqualTo(seven.history().toJson().toString());
    }

    @Test
    void should_give_the_same_faults_when_one_plan_is_reused() {
        // GIVEN
        FaultPlan plan = throttling(7);
        FaultInjector first = plan.around(new CountingService());
        FaultInjector second = plan.around(new CountingService());
        Interpreter interpreter = interpreter(CHARGE_ALL);
        // WHEN
        interpreter.execute(ExecutionOptions.defaults().withInput(orders(20)).withTaskInvoker(first));
        interpreter.execute(ExecutionOptions.defaults().withInput(orders(20)).withTaskInvoker(second));
        // THEN
        then(second.injected()).isEqualTo(first.injected()).isNotEmpty();
        then(first.injected()).allSatisfy(f -> then(f.chaosSeed()).isEqualTo(OptionalLong.of(7)));
    }

    @Test
    void should_name_the_seed_in_the_cause_of_a_failure_it_caused() {
        // GIVEN no retry: the first throttled order fails the execution
        // WHEN
        Execution execution = run(CHARGE_ALL_ONCE, throttling(7));
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        then(execution.error()).isEqualTo("Lambda.TooManyRequestsException");
        then(execution.cause()).startsWith("Rate Exceeded. (Service: AWSLambda;").endsWith(" [StepProof chaos seed 7]");
    }

    @Test
    void should_name_the_seed_in_the_report_of_a_chaos_timeout() {
        // GIVEN AWS gives a timeout no cause, so the report carries the seed
        String timed = CHARGE_ALL.replace("\"Parameters\"", "\"TimeoutSeconds\": 5, \"Parameters\"");
        FaultInjector faults = FaultPlan.chaos(11).onState("Charge").withProbability(0.5).timeOut().around(new CountingService());
        // WHEN
        Execution execution = interpreter(timed).execute(ExecutionOptions.defaults().withInput(orders(20)).withTaskInvoker(faults));
        // THEN
        then(execution.error()).isEqualTo("States.Timeout");
        then(faults.report()).startsWith(faults.injected().size() + " fault")
                .contains("injected by FaultPlan(chaos seed 11): rule 1: state 'Charge' p=0.5 -> time out")
                .contains("state 'Charge' attempt 1: time out (rule 1: state 'Charge' p=0.5) [StepProof chaos seed 11]");
    }

    @Test
    void should_refuse_a_probability_without_a_seed() {
        assertThatThrownBy(() -> FaultPlan.empty().onState("Charge").withProbability(0.5))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("A probability needs a seed to be replayable: start the plan with FaultPlan.chaos(seed) "
                        + "instead of FaultPlan.empty()");
    }

    @Test
    void should_refuse_a_probability_outside_zero_to_one() {
        assertThatThrownBy(() -> FaultPlan.chaos(1).onState("Charge").withProbability(1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A probability must be between 0 and 1, but was 1.5");
    }
}
