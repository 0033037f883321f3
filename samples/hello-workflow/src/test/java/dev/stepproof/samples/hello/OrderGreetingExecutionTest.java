package dev.stepproof.samples.hello;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionOptions;
import dev.stepproof.toolkit.ExecutionStatus;
import dev.stepproof.toolkit.Interpreter;
import dev.stepproof.toolkit.spi.TaskInvoker;
import dev.stepproof.toolkit.spi.TaskResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.BDDAssertions.then;

/**
 * Runs the order-greeting workflow in process on StepProof's interpreter, with the customer Lambda faked by
 * a plain Java function: the happy path, a large order that waits a day (instantly, on the virtual clock),
 * throttling that the Retry absorbs, and an outage that the Catch turns into a clean failure.
 */
class OrderGreetingExecutionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Interpreter WORKFLOW = Interpreter.of(
            DefinitionReader.standard().readResource("statemachines/order-greeting.asl.json").orElseThrow());

    /** What lambda:invoke returns: the function's payload inside the Invoke response envelope. */
    private static TaskResult customer(String name) {
        return TaskResult.success(JSON.createObjectNode().put("StatusCode", 200)
                .set("Payload", JSON.createObjectNode().put("name", name)));
    }

    private static Execution run(String input, TaskInvoker invoker) {
        return WORKFLOW.execute(ExecutionOptions.defaults().withInput(input).withTaskInvoker(invoker));
    }

    @Test
    void greets_the_customer_by_name() {
        // WHEN
        Execution execution = run("{\"customerId\": \"C-1\", \"orderId\": \"O-7\", \"total\": 20}", call -> customer("Ada"));

        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        then(execution.output().path("message").asText()).isEqualTo("Hello Ada, thank you for order O-7");
        then(execution.history().statesEntered()).containsExactly("LoadCustomer", "IsLargeOrder", "Greet");
    }

    @Test
    void large_orders_wait_a_day_for_the_manual_check_without_the_test_waiting() {
        // WHEN
        Execution execution = run("{\"customerId\": \"C-1\", \"orderId\": \"O-8\", \"total\": 5000}", call -> customer("Ada"));

        // THEN
        then(execution.history().statesEntered()).containsExactly("LoadCustomer", "IsLargeOrder", "ManualCheck", "Greet");
        then(Duration.between(execution.startTime(), execution.stopTime())).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void throttling_is_retried_and_the_customer_still_gets_a_greeting() {
        // GIVEN: the first two calls are throttled
        AtomicInteger calls = new AtomicInteger();
        TaskInvoker throttledTwice = call -> calls.incrementAndGet() <= 2
                ? TaskResult.failure("Lambda.TooManyRequestsException", "Rate exceeded")
                : customer("Grace");

        // WHEN
        Execution execution = run("{\"customerId\": \"C-2\", \"orderId\": \"O-9\", \"total\": 1}", throttledTwice);

        // THEN
        then(execution.succeeded()).isTrue();
        then(execution.history().taskAttempts("LoadCustomer")).hasSize(3);
        then(execution.output().path("message").asText()).startsWith("Hello Grace");
    }

    @Test
    void an_outage_ends_in_the_greeting_failed_state_with_the_cause() {
        // WHEN
        Execution execution = run("{\"customerId\": \"C-3\", \"orderId\": \"O-10\", \"total\": 1}",
                call -> TaskResult.failure("Lambda.ServiceException", "Service unavailable"));

        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        then(execution.error()).isEqualTo("Greeting.CustomerUnavailable");
        then(execution.cause()).isEqualTo("Service unavailable");
        then(execution.history().statesEntered()).endsWith("GreetingFailed");
    }

    @Test
    void the_execution_input_reaches_the_lambda_unchanged() {
        // GIVEN
        JsonNode[] seen = new JsonNode[1];

        // WHEN
        run("{\"customerId\": \"C-4\", \"orderId\": \"O-11\", \"total\": 1}", call -> {
            seen[0] = call.parameters();
            return customer("Linus");
        });

        // THEN
        then(seen[0].path("FunctionName").asText()).endsWith(":function:load-customer");
        then(seen[0].path("Payload").path("customerId").asText()).isEqualTo("C-4");
        then(seen[0].path("Payload").path("execution").asText())
                .isEqualTo("arn:aws:states:us-east-1:111111111111:execution:StateMachine:stepproof-execution");
    }
}
