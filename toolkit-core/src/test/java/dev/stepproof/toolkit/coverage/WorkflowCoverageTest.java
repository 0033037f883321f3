package dev.stepproof.toolkit.coverage;

import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionOptions;
import dev.stepproof.toolkit.ExecutionStatus;
import dev.stepproof.toolkit.Interpreter;
import dev.stepproof.toolkit.model.StateMachine;
import dev.stepproof.toolkit.spi.TaskResult;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.BDDAssertions.then;

/** The universe read from a definition and the hits read from real executions. */
class WorkflowCoverageTest {

    private final OrderMachine order = new OrderMachine();

    @Test
    void should_compute_the_universe_of_every_metric_from_the_definition() {
        // GIVEN
        WorkflowCoverage coverage = WorkflowCoverage.of("order", order.machine);
        // WHEN
        MachineCoverage snapshot = coverage.snapshot();
        // THEN
        then(snapshot.metric(CoverageMetric.STATES).items()).containsOnlyKeys(
                "Check", "Charge", "Refund", "Failed", "EachItem", "Pack", "Fork", "Left", "Right", "Done");
        then(snapshot.metric(CoverageMetric.TRANSITIONS).items()).containsOnlyKeys(
                "Check->EachItem", "Check->Fork", "Check->Charge", "Charge->Done", "Charge->Refund",
                "Refund->Failed", "EachItem->Done", "Pack->(end)", "Fork->Done", "Left->(end)", "Right->(end)",
                "Done->(end)");
        then(snapshot.metric(CoverageMetric.CHOICE_RULES).items()).containsOnlyKeys("Check[0]", "Check[1]", "Check[default]");
        then(snapshot.metric(CoverageMetric.RETRIERS).items()).containsOnlyKeys("Charge.Retry[0]");
        then(snapshot.metric(CoverageMetric.CATCHERS).items()).containsOnlyKeys("Charge.Catch[0]");
        then(snapshot.metric(CoverageMetric.BRANCHES).items()).containsOnlyKeys(
                "EachItem.ItemProcessor", "Fork.Branches[0]", "Fork.Branches[1]");
        then(snapshot.metrics().values()).allSatisfy(metric -> then(metric.covered()).isZero());
    }

    @Test
    void should_count_hits_and_ratios_from_executions() {
        // GIVEN
        WorkflowCoverage coverage = WorkflowCoverage.of("order", order.machine);
        // WHEN
        coverage.record(order.single()).record(order.bulk());
        // THEN
        MachineCoverage snapshot = coverage.snapshot();
        then(snapshot.metric(CoverageMetric.STATES).items()).contains(
                entry("Check", 2L), entry("Charge", 1L), entry("Done", 2L), entry("EachItem", 1L), entry("Pack", 3L),
                entry("Fork", 0L), entry("Refund", 0L));
        then(snapshot.metric(CoverageMetric.TRANSITIONS).items()).contains(
                entry("Check->Charge", 1L), entry("Charge->Done", 1L), entry("Check->EachItem", 1L),
                entry("Pack->(end)", 3L), entry("EachItem->Done", 1L), entry("Done->(end)", 2L), entry("Check->Fork", 0L));
        then(snapshot.metric(CoverageMetric.CHOICE_RULES).items()).containsExactly(
                entry("Check[0]", 1L), entry("Check[1]", 0L), entry("Check[default]", 1L));
        then(snapshot.metric(CoverageMetric.BRANCHES).items()).containsExactly(
                entry("EachItem.ItemProcessor", 3L), entry("Fork.Branches[0]", 0L), entry("Fork.Branches[1]", 0L));
        then(snapshot.ratio(CoverageMetric.STATES)).isEqualTo(0.5);
        then(snapshot.ratio(CoverageMetric.TRANSITIONS)).isEqualTo(0.5);
        then(snapshot.metric(CoverageMetric.CHOICE_RULES).covered()).isEqualTo(2);
        then(snapshot.metric(CoverageMetric.CHOICE_RULES).missedItems()).containsExactly("Check[1]");
        then(snapshot.ratio(CoverageMetric.RETRIERS)).isZero();
    }

    @Test
    void should_count_retriers_catchers_and_catch_transitions() {
        // GIVEN
        WorkflowCoverage coverage = WorkflowCoverage.of("order", order.machine);
        Execution declined = order.declined();
        // WHEN
        coverage.record(declined);
        // THEN
        then(declined.status()).isEqualTo(ExecutionStatus.FAILED);
        MachineCoverage snapshot = coverage.snapshot();
        then(snapshot.metric(CoverageMetric.RETRIERS).items()).containsExactly(entry("Charge.Retry[0]", 1L));
        then(snapshot.metric(CoverageMetric.CATCHERS).items()).containsExactly(entry("Charge.Catch[0]", 1L));
        then(snapshot.metric(CoverageMetric.TRANSITIONS).items()).contains(
                entry("Charge->Refund", 1L), entry("Refund->Failed", 1L), entry("Charge->Done", 0L));
        then(snapshot.metric(CoverageMetric.STATES).items()).contains(entry("Charge", 1L), entry("Failed", 1L));
    }

    @Test
    void should_cover_everything_when_every_path_ran() {
        // GIVEN
        WorkflowCoverage coverage = WorkflowCoverage.of("order", order.machine);
        // WHEN
        coverage.record(order.single()).record(order.bulk()).record(order.split()).record(order.declined());
        // THEN
        MachineCoverage snapshot = coverage.snapshot();
        for (CoverageMetric metric : CoverageMetric.values()) {
            then(snapshot.metric(metric).missedItems()).as(metric.jsonName()).isEmpty();
            then(snapshot.ratio(metric)).as(metric.jsonName()).isEqualTo(1.0);
        }
        then(snapshot.metric(CoverageMetric.BRANCHES).items()).containsExactly(
                entry("EachItem.ItemProcessor", 3L), entry("Fork.Branches[0]", 1L), entry("Fork.Branches[1]", 1L));
    }

    @Test
    void should_count_a_branch_run_once_when_a_loop_re_enters_its_start_state() {
        // GIVEN a Parallel branch that polls until ready: Poll is entered twice in one branch run
        StateMachine machine = DefinitionReader.standard().read("""
                {"StartAt": "Fork", "States": {
                  "Fork": {"Type": "Parallel", "End": true, "Branches": [{"StartAt": "Poll", "States": {
                    "Poll": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                             "Parameters": {"FunctionName": "poll"}, "ResultPath": "$.status", "Next": "Ready?"},
                    "Ready?": {"Type": "Choice", "Default": "Poll",
                               "Choices": [{"Variable": "$.status.ready", "BooleanEquals": true, "Next": "Finish"}]},
                    "Finish": {"Type": "Succeed"}}}]}}}""", "poll.asl.json").orElseThrow();
        AtomicInteger polls = new AtomicInteger();
        Execution execution = Interpreter.of(machine).execute(ExecutionOptions.defaults().withTaskInvoker(call ->
                TaskResult.success(JsonNodeFactory.instance.objectNode().put("ready", polls.incrementAndGet() > 1))));
        // WHEN
        MachineCoverage snapshot = WorkflowCoverage.of("poll", machine).record(execution).snapshot();
        // THEN
        then(snapshot.metric(CoverageMetric.STATES).hits("Poll")).isEqualTo(2);
        then(snapshot.metric(CoverageMetric.TRANSITIONS).hits("Ready?->Poll")).isEqualTo(1);
        then(snapshot.metric(CoverageMetric.BRANCHES).items()).containsExactly(entry("Fork.Branches[0]", 1L));
    }

    @Test
    void should_count_state_exits_when_history_recording_is_off() {
        // GIVEN
        Execution withoutHistory = Interpreter.of(order.machine).execute(ExecutionOptions.defaults()
                .withInput("{\"kind\": \"bulk\", \"items\": [1, 2]}").withHistory(false));
        // WHEN
        MachineCoverage snapshot = WorkflowCoverage.of("order", order.machine).record(withoutHistory).snapshot();
        // THEN
        then(withoutHistory.history().events()).isEmpty();
        then(snapshot.metric(CoverageMetric.STATES).items()).contains(
                entry("Check", 1L), entry("EachItem", 1L), entry("Pack", 2L), entry("Done", 1L));
        then(snapshot.metric(CoverageMetric.BRANCHES).hits("EachItem.ItemProcessor")).isEqualTo(2);
    }

    @Test
    void should_reject_an_execution_of_another_machine_and_add_nothing() {
        // GIVEN
        WorkflowCoverage coverage = WorkflowCoverage.of("order", order.machine);
        StateMachine other = DefinitionReader.standard()
                .read("{\"StartAt\": \"Elsewhere\", \"States\": {\"Elsewhere\": {\"Type\": \"Succeed\"}}}", "other.asl.json")
                .orElseThrow();
        Execution foreign = Interpreter.of(other).execute(ExecutionOptions.defaults());
        // WHEN
        Throwable thrown = catchThrowable(() -> coverage.record(foreign));
        // THEN
        then(thrown).isInstanceOf(IllegalArgumentException.class).hasMessage(
                "Execution reached states item [Elsewhere], which state machine [" + coverage.id()
                        + "] does not have: was it an execution of another machine?");
        then(coverage.snapshot().metric(CoverageMetric.TRANSITIONS).covered()).isZero();
    }

    @Test
    void should_identify_a_machine_by_name_and_meaning_not_by_formatting() {
        // GIVEN the same machine as YAML with its keys in another order, and a machine differing in one retry setting
        StateMachine yaml = OrderMachine.read("dev/stepproof/toolkit/coverage/order-reformatted.asl.yaml");
        String changed = new String(readFixture(), java.nio.charset.StandardCharsets.UTF_8).replace("\"MaxAttempts\": 2", "\"MaxAttempts\": 3");
        StateMachine different = DefinitionReader.standard().read(changed, "changed.asl.json").orElseThrow();
        // WHEN
        WorkflowCoverage original = WorkflowCoverage.of("order", order.machine);
        // THEN
        then(WorkflowCoverage.of("order", yaml).id()).isEqualTo(original.id());
        then(WorkflowCoverage.of("order", different).id()).isNotEqualTo(original.id()).startsWith("order@");
        then(WorkflowCoverage.of("billing", order.machine).id()).isNotEqualTo(original.id());
        then(original.id()).matches("order@[0-9a-f]{12}");
        then(original.definitionHash()).matches("[0-9a-f]{64}").startsWith(original.id().substring("order@".length()));
    }

    private static byte[] readFixture() {
        try (var in = WorkflowCoverageTest.class.getClassLoader().getResourceAsStream(OrderMachine.RESOURCE)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
