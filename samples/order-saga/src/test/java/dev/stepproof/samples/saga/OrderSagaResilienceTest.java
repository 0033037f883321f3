package dev.stepproof.samples.saga;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionOptions;
import dev.stepproof.toolkit.ExecutionStatus;
import dev.stepproof.toolkit.FaultPlan;
import dev.stepproof.toolkit.IdempotencyCheck;
import dev.stepproof.toolkit.IdempotencyReport;
import dev.stepproof.toolkit.Interpreter;
import dev.stepproof.toolkit.Mock;
import dev.stepproof.toolkit.MockSession;
import dev.stepproof.toolkit.Mocks;
import dev.stepproof.toolkit.model.StateMachine;
import dev.stepproof.toolkit.spi.TaskInvocation;
import dev.stepproof.toolkit.spi.TaskInvoker;
import dev.stepproof.toolkit.spi.TaskResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.BDDAssertions.then;

/**
 * The saga under failure: chaos on the payment service replayed by seed, a lost payment response, the
 * approval timing out after two days of virtual time, and the idempotency check over every retried task.
 */
class OrderSagaResilienceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final StateMachine SAGA = DefinitionReader.standard()
            .readResource("statemachines/order-saga.asl.json").orElseThrow();
    private static final Interpreter INTERPRETER = Interpreter.of(SAGA);
    private static final String SMALL_ORDER = "{\"orderId\": \"O-1\", \"sku\": \"SKU-1\", \"quantity\": 2, \"total\": 40}";

    private static Mocks happyServices() {
        return services(Mock.forState("WaitForApproval").returns("{\"approved\": true}"));
    }

    /** The services, answering the human approval with {@code approval}. */
    private static Mocks services(Mock approval) {
        return Mocks.of(approval,
                Mock.forState("ValidateOrder").returnsPayload("{\"valid\": true, \"reason\": \"ok\"}"),
                Mock.forResource("arn:aws:states:::dynamodb:updateItem").returnsPayload("{}"),
                Mock.forState("ChargePayment").returnsPayload("{\"chargeId\": \"ch_1\"}"),
                Mock.forState("ShipOrder").returnsPayload("{}"),
                Mock.forState("RefundPayment").returnsPayload("{}"));
    }

    @Test
    void survives_a_throttling_payment_service_under_chaos_and_replays_by_seed() {
        // GIVEN: the payment service throttles half of its calls, chosen by a seed
        FaultPlan chaos = FaultPlan.chaos(20261125).onState("ChargePayment").everyAttempt().withProbability(0.5).throttle();

        // WHEN
        Execution first = INTERPRETER.execute(ExecutionOptions.defaults().withInput(SMALL_ORDER)
                .withTaskInvoker(chaos.around(happyServices().session())));
        Execution replay = INTERPRETER.execute(ExecutionOptions.defaults().withInput(SMALL_ORDER)
                .withTaskInvoker(chaos.around(happyServices().session())));

        // THEN
        then(first.status()).as(first.toString()).isEqualTo(ExecutionStatus.SUCCEEDED);
        then(replay.history().toJson()).isEqualTo(first.history().toJson());
    }

    @Test
    void a_lost_payment_response_is_retried_and_charged_once_thanks_to_the_idempotency_key() {
        // GIVEN: the charge happens, but the response is lost on the first attempt
        PaymentService payments = new PaymentService();
        TaskInvoker services = FaultPlan.empty().onState("ChargePayment").attempt(1)
                .loseResponse("Lambda.TooManyRequestsException")
                .around(call -> call.stateName().equals("ChargePayment") ? payments.invoke(call) : happyServices().session().invoke(call));

        // WHEN
        Execution execution = INTERPRETER.execute(ExecutionOptions.defaults().withInput(SMALL_ORDER).withTaskInvoker(services));

        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        then(execution.history().taskAttempts("ChargePayment")).hasSize(2);
        then(payments.charges).containsOnlyKeys("O-1");
    }

    @Test
    void an_approval_that_never_comes_releases_the_inventory_after_the_heartbeat_window() {
        // GIVEN
        MockSession services = services(Mock.forState("WaitForApproval").hangs()).session();

        // WHEN
        Execution execution = INTERPRETER.execute(ExecutionOptions.defaults()
                .withInput("{\"orderId\": \"O-9\", \"sku\": \"SKU-1\", \"quantity\": 1, \"total\": 5000}")
                .withTaskInvoker(services));

        // THEN
        then(execution.error()).isEqualTo("Order.Failed");
        then(execution.history().statesEntered()).endsWith("WaitForApproval", "ReleaseInventory", "OrderFailed");
        then(Duration.between(execution.startTime(), execution.stopTime())).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void every_retried_task_is_safe_to_retry() {
        // WHEN
        IdempotencyReport report = IdempotencyCheck.of(SAGA)
                .withOptions(ExecutionOptions.defaults().withInput(SMALL_ORDER))
                .withFake(PaymentService::new, PaymentService::state)
                .run();

        // THEN
        then(report.tasks()).extracting(IdempotencyReport.TaskFinding::state)
                .contains("ValidateOrder", "ReserveInventory", "ChargePayment");
        then(report.problems()).as(report.toString()).isEmpty();
    }

    /** A payment service fake that deduplicates charges by idempotency key, as a real one should. */
    static final class PaymentService implements TaskInvoker {
        final Map<String, String> charges = new TreeMap<>();
        private final MockSession others = happyServices().session();

        @Override
        public TaskResult invoke(TaskInvocation call) {
            if (!call.stateName().equals("ChargePayment")) {
                return others.invoke(call);
            }
            String key = call.parameters().path("Payload").path("idempotencyKey").asText();
            String chargeId = charges.computeIfAbsent(key, k -> "ch_" + k);
            return TaskResult.success(JSON.createObjectNode().put("StatusCode", 200)
                    .set("Payload", JSON.createObjectNode().put("chargeId", chargeId)));
        }

        JsonNode state() {
            return JSON.valueToTree(charges);
        }
    }
}
