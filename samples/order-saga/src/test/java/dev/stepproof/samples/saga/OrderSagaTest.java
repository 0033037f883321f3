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

    @Test
    void rejects_an_invalid_order_before_touching_inventory(StepFunctionsHarness saga) {
        Execution execution = saga.withTasks(services(
                Mock.forState("ValidateOrder").returnsPayload("{\"valid\": false, \"reason\": \"unknown sku\"}")).session())
                .run(ORDER);

        assertThat(execution).failedWith("Order.Invalid", "unknown sku").neverVisited("ReserveInventory");
    }

    @Test
    void fails_cleanly_when_the_item_is_out_of_stock(StepFunctionsHarness saga) {
        Execution execution = saga.withTasks(services(
                Mock.forState("ReserveInventory").fails("DynamoDB.ConditionalCheckFailedException", "The conditional request failed")).session())
                .run(ORDER);

        assertThat(execution).failedWith("Order.OutOfStock")
                .caught("ReserveInventory", "DynamoDB.ConditionalCheckFailedException")
                .neverVisited("ChargePayment");
    }

    @Test
    void charges_a_large_order_once_it_is_approved(StepFunctionsHarness saga) {
        Execution execution = saga.withTasks(services(
                Mock.forState("WaitForApproval").delays(java.time.Duration.ofHours(5)).returns("{\"approved\": true}")).session())
                .run("{\"orderId\": \"O-7\", \"sku\": \"SKU-1\", \"quantity\": 1, \"total\": 5000}");

        assertThat(execution).succeeded().passedThrough("NeedsApproval", "WaitForApproval", "ChargePayment", "OrderPlaced");
        assertThat(execution).task("WaitForApproval").call(1).withParameters("{\"MessageBody\": {\"orderId\": \"O-7\"}}");
    }

    @Test
    void releases_the_inventory_when_the_approval_times_out(StepFunctionsHarness saga) {
        Execution execution = saga.withTasks(services(Mock.forState("WaitForApproval").hangs()).session())
                .run("{\"orderId\": \"O-8\", \"sku\": \"SKU-1\", \"quantity\": 1, \"total\": 5000}");

        assertThat(execution).failedWith("Order.Failed").caught("WaitForApproval", "States.Timeout")
                .passedThrough("WaitForApproval", "ReleaseInventory", "OrderFailed");
    }

    @Test
    void releases_the_inventory_when_the_payment_is_declined(StepFunctionsHarness saga) {
        Execution execution = saga.withTasks(services(
                Mock.forState("ChargePayment").fails("Payment.Declined", "card declined")).session())
                .run(ORDER);

        assertThat(execution).failedWith("Order.Failed", "card declined")
                .caught("ChargePayment", "Payment.Declined")
                .neverVisited("ShipOrder", "RefundPayment");
    }
}
