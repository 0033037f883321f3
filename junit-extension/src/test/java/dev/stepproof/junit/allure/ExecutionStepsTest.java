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
}
