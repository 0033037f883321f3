package dev.stepproof.toolkit.coverage;

import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionOptions;
import dev.stepproof.toolkit.Interpreter;
import dev.stepproof.toolkit.S3Objects;
import dev.stepproof.toolkit.model.StateMachine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.BDDAssertions.then;

/** A distributed Map's children merge their decisions into the parent's (D22): coverage sees the ItemProcessor. */
class DistributedMapCoverageTest {

    /** Rows: a distributed Map over the CSV object {@code in/<key>}; qty 0 fails its child (Check → Empty). */
    private final StateMachine machine = DefinitionReader.standard()
            .readResource("dev/stepproof/toolkit/scenario/distributed-rows.asl.json").orElseThrow();

    private Execution run(String csv) {
        return Interpreter.of(machine).execute(ExecutionOptions.defaults().withInput("{\"key\": \"rows.csv\"}")
                .withS3Objects(S3Objects.builder().put("in", "rows.csv", csv).build()));
    }

    @Test
    void should_count_the_item_processor_states_and_rules_the_child_executions_took() {
        // GIVEN
        WorkflowCoverage coverage = WorkflowCoverage.of("rows", machine);

        // WHEN: only rows that pass
        coverage.record(run("sku,qty\nA,1\nB,2\n"));

        // THEN: the children's states count, once per distinct decision (D22), not once per item
        MachineCoverage snapshot = coverage.snapshot();
        then(snapshot.metric(CoverageMetric.STATES).items()).contains(
                entry("Rows", 1L), entry("Check", 1L), entry("Ok", 1L), entry("Empty", 0L));
        then(snapshot.metric(CoverageMetric.CHOICE_RULES).items()).containsExactly(
                entry("Check[0]", 0L), entry("Check[default]", 1L));
        then(snapshot.metric(CoverageMetric.BRANCHES).items()).containsExactly(entry("Rows.ItemProcessor", 1L));
        then(snapshot.metric(CoverageMetric.STATES).missedItems()).containsExactly("Empty");
    }

    @Test
    void should_cover_the_failing_branch_once_a_failing_item_runs() {
        // GIVEN
        WorkflowCoverage coverage = WorkflowCoverage.of("rows", machine);

        // WHEN
        coverage.record(run("sku,qty\nA,1\n")).record(run("sku,qty\nB,0\n"));

        // THEN
        MachineCoverage snapshot = coverage.snapshot();
        then(snapshot.metric(CoverageMetric.STATES).missedItems()).isEmpty();
        then(snapshot.metric(CoverageMetric.CHOICE_RULES).covered()).isEqualTo(2);
    }
}
