package dev.stepproof.samples.saga;

import dev.stepproof.junit.StepFunctionsHarness;
import dev.stepproof.junit.StepFunctionsTest;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.Mock;
import dev.stepproof.toolkit.Mocks;
import org.junit.jupiter.api.Test;

import static dev.stepproof.junit.StepProofAssertions.assertThat;

/**
 * The saga's main paths as a JUnit test class: the extension loads the definition and hands each test a
 * harness; the assertions read like the behaviour they check. On failure the extension prints the execution:
 * states with input and output, retries, catches and task calls.
 */
@StepFunctionsTest(definition = "statemachines/order-saga.asl.json")
class OrderSagaTest {

    private static final String ORDER = "{\"orderId\": \"O-1\", \"sku\": \"SKU-1\", \"quantity\": 2, \"total\": 40}";

    private static Mocks services(Mock... overrides) {
        Mock[] defaults = {
                Mock.forState("ValidateOrder").returnsPayload("{\"valid\": true, \"reason\": \"ok\"}"),
                Mock.forResource("arn:aws:states:::dynamodb:updateItem").returnsPayload("{}"),
                Mock.forState("ChargePayment").returnsPayload("{\"chargeId\": \"ch_1\"}"),
                Mock.forState("ShipOrder").returnsPayload("{}"),
                Mock.forState("RefundPayment").returnsPayload("{}")};
        return Mocks.of(overrides).with(defaults);
    }

    @Test
    void places_a_small_order(StepFunctionsHarness saga) {
        Execution execution = saga.withTasks(services().session()).run(ORDER);

        assertThat(execution).succeeded()
                .followedPath("ValidateOrder", "IsValid", "ReserveInventory", "NeedsApproval", "ChargePayment", "ShipOrder", "OrderPlaced")
                .hasOutputContaining("{\"payment\": {\"chargeId\": \"ch_1\"}}");
        assertThat(execution).task("ChargePayment").calledTimes(1)
                .call(1).withParameters("{\"Payload\": {\"orderId\": \"O-1\", \"amount\": 40, \"idempotencyKey\": \"O-1\"}}");
    }

    @Test
    void retries_a_throttled_payment(StepFunctionsHarness saga) {
        Execution execution = saga.withTasks(services(
                Mock.forState("ChargePayment").throttles().throttles().returnsPayload("{\"chargeId\": \"ch_2\"}")).session())
                .run(ORDER);

        assertThat(execution).succeeded().retried("ChargePayment", 2).neverVisited("RefundPayment", "ReleaseInventory");
    }

    @Test
    void compensates_when_shipping_fails(StepFunctionsHarness saga) {
        Execution execution = saga.withTasks(services(
                Mock.forState("ShipOrder").fails("SNS.InternalErrorException", "sns is down")).session())
                .run(ORDER);

        assertThat(execution).failedWith("Order.Failed", "sns is down")
                .caught("ShipOrder", "SNS.InternalErrorException")
                .passedThrough("ShipOrder", "RefundPayment", "ReleaseInventory", "OrderFailed");
    }
}
