package dev.stepproof.samples.approval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.junit.StepFunctionsHarness;
import dev.stepproof.junit.StepFunctionsTest;
import dev.stepproof.toolkit.Callback;
import dev.stepproof.toolkit.CallbackDelivery;
import dev.stepproof.toolkit.Callbacks;
import dev.stepproof.toolkit.ChildExecution;
import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.HistoryEvent;
import dev.stepproof.toolkit.Mock;
import dev.stepproof.toolkit.Mocks;
import dev.stepproof.toolkit.StateMachines;
import dev.stepproof.toolkit.TaskCallback;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.stepproof.junit.StepProofAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

/**
 * The expense approval, end to end on the virtual clock: the manager's answers are callbacks at chosen times
 * (hours and days pass at once), and the payment runs as a real child execution of expense-payment.
 */
@StepFunctionsTest(definition = "statemachines/expense-approval.asl.json")
class ExpenseApprovalTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final String SMALL = "{\"id\": \"E-1\", \"amount\": 120, \"employee\": \"ana\", \"manager\": \"bo\"}";
    private static final String LARGE = "{\"id\": \"E-2\", \"amount\": 4200, \"employee\": \"ana\", \"manager\": \"bo\"}";

    /** The SQS send and the payments Lambda (called by the child machine, through the same mocks). */
    private static Mocks services(Mock... overrides) {
        return Mocks.of(overrides).with(
                Mock.forState("RequestApproval").returnsPayload("{}"),
                Mock.forState("Charge").returnsPayload("{\"paymentId\": \"pay-77\"}"));
    }

    @BeforeEach
    void register_the_payment_machine(StepFunctionsHarness approval) {
        approval.withStateMachines(StateMachines.builder()
                .register("expense-payment", DefinitionReader.standard()
                        .readResource("statemachines/expense-payment.asl.json").orElseThrow())
                .build());
    }

    @Test
    void pays_a_small_expense_without_asking(StepFunctionsHarness approval) {
        Execution execution = approval.withTasks(services().session()).run(SMALL);

        assertThat(execution).succeeded()
                .followedPath("Prepare", "NeedsApproval", "Pay", "Done")
                .hasOutput("{\"expenseId\": \"E-1\", \"status\": \"PAID\", \"paymentId\": \"pay-77\", \"approvedBy\": \"auto\"}");
        assertThat(execution).childExecution("Pay").succeeded().followedPath("Charge", "Settle", "Paid")
                .task("Charge").call(1).withParameters("{\"Payload\": {\"expenseId\": \"E-1\"}}");
        ChildExecution payment = execution.childExecutions().get(0);
        then(payment.executionArn()).endsWith(":execution:expense-payment:pay-E-1");
        then(payment.execution().history().events().get(0).details()
                        .path("executionStartedEventDetails").path("input").asText())
                .as("the child can be traced to its parent").contains("AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID");
        then(execution.stopTime()).as("the bank's hour of settlement").isEqualTo(START.plus(Duration.ofHours(1)));
    }

    @Test
    void pays_a_large_expense_the_manager_approves_after_a_day_of_heartbeats(StepFunctionsHarness approval) {
        Execution execution = approval.withTasks(services().session())
                .withCallbacks(Callbacks.of(Callback.forState("RequestApproval")
                        .heartbeatAfter(Duration.ofHours(20))
                        .heartbeatAfter(Duration.ofHours(40))
                        .succeedsAfter(Duration.ofHours(50), "{\"approver\": \"bo\", \"approved\": true}")))
                .run(LARGE);

        assertThat(execution).succeeded()
                .followedPath("Prepare", "NeedsApproval", "RequestApproval", "Pay", "Done")
                .hasOutputContaining("{\"approvedBy\": \"bo\", \"paymentId\": \"pay-77\"}");
        assertThat(execution).callback("RequestApproval").allAccepted().sent(3);
        then(execution.stopTime()).isEqualTo(START.plus(Duration.ofHours(51)));
        then(execution.history().events()).extracting(HistoryEvent::type)
                .containsSubsequence("TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskSucceeded", "TaskStateExited");
    }

    @Test
    void asks_again_when_the_approval_tool_stops_sending_heartbeats(StepFunctionsHarness approval) {
        List<String> tokens = new ArrayList<>();
        Callback tool = Callback.forState("RequestApproval").answers(request -> {
            tokens.add(request.taskToken());
            if (request.attempt() == 1) {
                // One heartbeat, then the tool crashes; it comes back on day 2 and answers the old request.
                return List.of(TaskCallback.heartbeat().after(Duration.ofHours(2)),
                        TaskCallback.success("{\"approver\": \"bo\"}").after(Duration.ofHours(30)));
            }
            return List.of(TaskCallback.success("{\"approver\": \"cy\"}").after(Duration.ofHours(8)));
        });

        Execution execution = approval.withTasks(services().session()).withCallbacks(Callbacks.of(tool)).run(LARGE);

        assertThat(execution).succeeded().retried("RequestApproval", 1).hasOutputContaining("{\"approvedBy\": \"cy\"}");
        then(tokens).hasSize(2).doesNotHaveDuplicates();
        then(execution.history().events()).filteredOn(e -> e.type().equals("TaskTimedOut")).singleElement()
                .satisfies(e -> then(e.timestamp()).isEqualTo(START.plus(Duration.ofHours(26))));
        assertThat(execution).callback("RequestApproval").hasOutcomes(
                CallbackDelivery.Outcome.ACCEPTED, CallbackDelivery.Outcome.TASK_TIMED_OUT, CallbackDelivery.Outcome.ACCEPTED);
        then(execution.callbacks().get(1).token()).as("the crashed tool answered the first request").isEqualTo(tokens.get(0));
    }

    @Test
    void escalates_when_nobody_decides(StepFunctionsHarness approval) {
        Execution execution = approval.withTasks(services().session())
                .withCallbacks(Callbacks.of(Callback.forState("RequestApproval")))
                .run(LARGE);

        assertThat(execution).failedWith("Expense.NoDecision", "No decision on expense E-2 within the approval window")
                .retried("RequestApproval", 1).neverVisited("Pay");
        then(execution.childExecutions()).isEmpty();
    }

    @Test
    void stops_at_a_rejection(StepFunctionsHarness approval) {
        Execution execution = approval.withTasks(services().session())
                .withCallbacks(Callbacks.of(Callback.forState("RequestApproval")
                        .failsAfter(Duration.ofHours(3), "Approval.Rejected", "Not a business expense")))
                .run(LARGE);

        assertThat(execution).failedWith("Expense.Rejected", "Not a business expense")
                .caught("RequestApproval", "Approval.Rejected");
    }

    @Test
    void reports_the_child_error_when_the_payment_fails(StepFunctionsHarness approval) {
        Execution execution = approval.withTasks(services(
                        Mock.forState("Charge").fails("Payments.AccountClosed", "account closed")).session())
                .run(SMALL);

        assertThat(execution).failedWith("Expense.PaymentFailed", "Payments.AccountClosed").caught("Pay", "States.TaskFailed");
        assertThat(execution).childExecution("Pay").failedWith("Payments.AccountClosed", "account closed")
                .followedPath("Charge");
    }

    @Test
    void gives_the_same_histories_for_the_same_run(StepFunctionsHarness approval) {
        approval.withTasks(services().session())
                .withCallbacks(Callbacks.of(Callback.forState("RequestApproval")
                        .succeedsAfter(Duration.ofMinutes(90), "{\"approver\": \"bo\"}")));

        Execution first = approval.run(LARGE);
        Execution second = approval.run(LARGE);

        then(second.history().toJson()).isEqualTo(first.history().toJson());
        JsonNode firstChild = first.childExecutions().get(0).execution().history().toJson();
        then(second.childExecutions().get(0).execution().history().toJson()).isEqualTo(firstChild);
    }
}
