package dev.stepproof.toolkit;

import dev.stepproof.toolkit.FaultTesting.CountingService;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.stepproof.toolkit.FaultTesting.START;
import static dev.stepproof.toolkit.FaultTesting.events;
import static dev.stepproof.toolkit.FaultTesting.interpreter;
import static dev.stepproof.toolkit.FaultTesting.secondsOf;
import static org.assertj.core.api.BDDAssertions.then;

/** Rate limits per virtual second, with the service's throttling error, against concurrent Map iterations. */
class FaultPlan_rateLimit_Test {

    private static final String FAN_OUT = """
            {"StartAt": "Fan", "States": {"Fan": {"Type": "Map", "ItemsPath": "$.orders", "MaxConcurrency": 10,
              "ItemProcessor": {"StartAt": "Save", "States": {"Save": {"Type": "Task",
                "Resource": "arn:aws:states:::dynamodb:putItem",
                "Parameters": {"TableName": "orders", "Item": {"id": {"S.$": "$.id"}}},
                "Retry": [{"ErrorEquals": ["DynamoDB.ProvisionedThroughputExceededException"],
                           "IntervalSeconds": 1, "BackoffRate": 2, "MaxAttempts": 5}],
                "End": true}}},
              "End": true}}}""";

    private static final String TEN_ORDERS = """
            {"orders": [{"id": "o0"}, {"id": "o1"}, {"id": "o2"}, {"id": "o3"}, {"id": "o4"},
                        {"id": "o5"}, {"id": "o6"}, {"id": "o7"}, {"id": "o8"}, {"id": "o9"}]}""";

    private static Map<Long, Long> perSecond(Execution execution, String type) {
        return secondsOf(execution, type).stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    @Test
    void should_throttle_calls_beyond_the_limit_until_backoff_spreads_them_out() {
        // GIVEN ten concurrent writes against a table that takes three per second
        CountingService table = new CountingService();
        FaultInjector faults = FaultPlan.empty().rateLimit("arn:aws:states:::dynamodb:putItem", 3).around(table);
        // WHEN
        Execution execution = interpreter(FAN_OUT).execute(ExecutionOptions.defaults().withInput(TEN_ORDERS).withTaskInvoker(faults));
        // THEN at t=0 three pass and seven are throttled; they retry at 1 s (3 pass), 3 s (3 pass) and 7 s (the last)
        then(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        then(perSecond(execution, "TaskFailed")).isEqualTo(Map.of(0L, 7L, 1L, 4L, 3L, 1L));
        then(perSecond(execution, "TaskSucceeded")).isEqualTo(Map.of(0L, 3L, 1L, 3L, 3L, 3L, 7L, 1L));
        then(events(execution, "TaskFailed")).extracting(HistoryEvent::error)
                .containsOnly("DynamoDB.ProvisionedThroughputExceededException");
        then(execution.stopTime()).isEqualTo(START.plusSeconds(7));
        then(table.writes).hasSize(10);
        then(faults.injected()).hasSize(12).allSatisfy(f -> {
            then(f.fault()).isEqualTo(new Fault.Throttle());
            then(f.rule()).isEqualTo("rule 1: resource 'arn:aws:states:::dynamodb:putItem' rate limit 3 per PT1S");
        });
    }

    @Test
    void should_count_calls_per_window_of_the_given_length() {
        // GIVEN a limit of 5 calls per 10 s: the first attempts exceed it, retries 1 s and 3 s later still fall in it
        CountingService table = new CountingService();
        FaultInjector faults = FaultPlan.empty().rateLimit("arn:aws:states:::dynamodb:*", 5, Duration.ofSeconds(10)).around(table);
        // WHEN
        Execution execution = interpreter(FAN_OUT).execute(ExecutionOptions.defaults().withInput(TEN_ORDERS).withTaskInvoker(faults));
        // THEN the five refused at 0 s are refused again at 1 s, 3 s and 7 s, and pass at 15 s (retry 4, in the next window)
        then(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        then(perSecond(execution, "TaskSucceeded")).isEqualTo(Map.of(0L, 5L, 15L, 5L));
        then(table.writes).hasSize(10);
    }
}
