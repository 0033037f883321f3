package dev.stepproof.junit.allure;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.BDDAssertions.then;

/** The step tree read from an execution, without Allure. */
class ExecutionStepsTest {

    private final Shop shop = new Shop();

    /** Depth-first: indentation, name, outcome. */
    private static List<String> outline(StepNode node, String indent, List<String> into) {
        into.add(indent + node.name() + " [" + node.outcome() + "]");
        node.children().forEach(child -> outline(child, indent + "  ", into));
        return into;
    }

    @Test
    void should_give_a_step_per_state_entered_with_branches_and_iterations_nested() {
        // WHEN
        StepNode steps = ExecutionSteps.of("shop", shop.machine, shop.paidAfterRetry());
        // THEN
        then(outline(steps, "", new ArrayList<>())).containsExactly(
                "Execution of 'shop': SUCCEEDED [PASSED]",
                "  Charge (Task) — retried ×1 [PASSED]",
                "  Ship (Parallel) [PASSED]",
                "    Label (Pass) [PASSED]",
                "    Notify (Pass) [PASSED]",
                "  PackAll (Map) [PASSED]",
                "    Pack (Pass) [PASSED]",
                "    Pack (Pass) [PASSED]");
        StepNode charge = steps.children().get(0);
        then(charge.message()).isEqualTo("Retried after Lambda.TooManyRequestsException");
        then(charge.input().toString()).isEqualTo("{\"items\":[\"book\",\"pen\"]}");
        then(charge.output().toString()).isEqualTo("{\"items\":[\"book\",\"pen\"],\"payment\":{\"paid\":true}}");
        then(steps.children().get(2).children().get(1).input().toString()).isEqualTo("\"pen\"");
    }

    @Test
    void should_mark_a_caught_error_as_broken_and_the_fail_state_as_failed() {
        // WHEN
        StepNode steps = ExecutionSteps.of("shop", shop.machine, shop.declined());
        // THEN
        then(outline(steps, "", new ArrayList<>())).containsExactly(
                "Execution of 'shop': FAILED Order.Declined [FAILED]",
                "  Charge (Task) — caught Payment.Declined → Refund [BROKEN]",
                "  Refund (Pass) [PASSED]",
                "  Declined (Fail) — failed: Order.Declined [FAILED]");
        then(steps.message()).isEqualTo("Order.Declined: payment failed");
        then(steps.children().get(0).message()).isEqualTo("Payment.Declined: card expired");
        then(steps.children().get(0).output().path("error").path("Error").asText()).isEqualTo("Payment.Declined");
        then(steps.children().get(2).message()).isEqualTo("Order.Declined: payment failed");
    }

    private static dev.stepproof.toolkit.model.StateMachine nested(String name) {
        return dev.stepproof.toolkit.DefinitionReader.standard()
                .readResource("dev/stepproof/junit/nested/" + name + ".asl.json").orElseThrow();
    }

    @Test
    void should_add_a_summary_step_per_child_execution_after_the_states() {
        // GIVEN
        dev.stepproof.toolkit.model.StateMachine parent = nested("sync-parent");
        dev.stepproof.toolkit.Execution execution = dev.stepproof.toolkit.Interpreter.of(parent).execute(
                dev.stepproof.toolkit.ExecutionOptions.defaults()
                        .withTaskInvoker(call -> dev.stepproof.toolkit.spi.TaskResult.failure("Card.Refused", "no funds"))
                        .withStateMachines(dev.stepproof.toolkit.StateMachines.builder()
                                .register("payment", nested("payment-child")).build()));
        // WHEN
        StepNode steps = ExecutionSteps.of("sync-parent", parent, execution);
        // THEN
        then(outline(steps, "", new ArrayList<>())).containsExactly(
                "Execution of 'sync-parent': FAILED Payment.Failed [FAILED]",
                "  Pay (Task) — caught States.TaskFailed → PayFailed [BROKEN]",
                "  PayFailed (Fail) — failed: Payment.Failed [FAILED]",
                "  Child execution of 'Pay' (attempt 1): FAILED Card.Refused — path [Charge, Refused] [FAILED]");
        then(steps.children().get(2).message()).isEqualTo("Card.Refused: no funds");
    }

    @Test
    void should_add_a_summary_step_per_map_run() {
        // GIVEN
        dev.stepproof.toolkit.model.StateMachine rows = nested("rows");
        dev.stepproof.toolkit.Execution execution = dev.stepproof.toolkit.Interpreter.of(rows).execute(
                dev.stepproof.toolkit.ExecutionOptions.defaults().withS3Objects(dev.stepproof.toolkit.S3Objects.builder()
                        .put("in", "rows.csv", "sku,qty\nA,1\n").build()));
        // WHEN
        StepNode steps = ExecutionSteps.of("rows", rows, execution);
        // THEN
        then(outline(steps, "", new ArrayList<>())).containsExactly(
                "Execution of 'rows': SUCCEEDED [PASSED]",
                "  Rows (Map) [PASSED]",
                "  Map Run of 'Rows': SUCCEEDED — succeeded 1, failed 0, aborted 0, total 1 [PASSED]");
    }
}
