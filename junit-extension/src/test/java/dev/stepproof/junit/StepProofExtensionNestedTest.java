package dev.stepproof.junit;

import dev.stepproof.junit.coverage.CoverageRecorder;
import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.S3Objects;
import dev.stepproof.toolkit.StateMachines;
import dev.stepproof.toolkit.coverage.CoverageFile;
import dev.stepproof.toolkit.coverage.CoverageMetric;
import dev.stepproof.toolkit.coverage.MachineCoverage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.nio.file.Path;
import java.util.Map;

import static dev.stepproof.junit.Fixtures.answering;
import static dev.stepproof.junit.Fixtures.failingWith;
import static dev.stepproof.junit.StepProofAssertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.BDDAssertions.then;

/** Child executions and Map Runs in the Jupiter extension: coverage per machine and the failure report. */
@ResourceLock(Resources.SYSTEM_OUT) // EngineKit captures System.out while a fixture runs
class StepProofExtensionNestedTest {

    private static final StateMachines PAYMENT = StateMachines.builder().register("payment",
            DefinitionReader.standard().readResource("dev/stepproof/junit/nested/payment-child.asl.json").orElseThrow()).build();

    @EngineFixture
    @StepFunctionsTest(definition = "dev/stepproof/junit/nested/sync-parent.asl.json")
    static class NestedFixture {

        @Test
        void child_pays(StepFunctionsHarness sfn) {
            assertThat(sfn.withStateMachines(PAYMENT).withTasks(answering("{}")).run("{\"amount\": 5}")).succeeded();
        }

        @Test
        void child_refused(StepFunctionsHarness sfn) {
            Execution execution = sfn.withStateMachines(PAYMENT).withTasks(failingWith("Card.Refused", "no funds")).run("{}");
            assertThat(execution).succeeded();
        }

        @Test
        void rows_fail(StepFunctionsHarness sfn) {
            Execution execution = sfn.withDefinition(DefinitionSource.classpath("dev/stepproof/junit/nested/rows.asl.json"))
                    .withOptions(o -> o.withS3Objects(S3Objects.builder().put("in", "rows.csv", "sku,qty\nA,1\nB,0\n").build()))
                    .run("{}");
            assertThat(execution).mapRun("Rows").hasItemCounts(2, 0, 2);
        }
    }

    @Test
    void should_record_a_sync_child_under_its_own_state_machine(@TempDir Path dir) throws Exception {
        // WHEN
        EngineKit.run(NestedFixture.class, Map.of(CoverageRecorder.DIRECTORY_PARAMETER, dir.toString()));
        CoverageRecorder.forRun(dir).flush();

        // THEN
        Map<String, MachineCoverage> byName = new java.util.TreeMap<>();
        CoverageFile.at(dir.resolve("coverage.json")).read().machines().forEach(m -> byName.put(m.name(), m));
        then(byName).containsOnlyKeys("payment", "rows", "sync-parent");
        then(byName.get("payment").id()).startsWith("payment@");
        then(byName.get("payment").metric(CoverageMetric.STATES).items())
                .containsExactly(entry("Charge", 2L), entry("Paid", 1L), entry("Refused", 1L));
        then(byName.get("sync-parent").metric(CoverageMetric.STATES).items()).containsOnlyKeys("Pay", "Done", "PayFailed");
        then(byName.get("rows").metric(CoverageMetric.STATES).missedItems()).isEmpty();
    }

    @Test
    void should_summarise_child_executions_in_the_failure_report() {
        // WHEN
        EngineExecutionResults results = EngineKit.run(NestedFixture.class);

        // THEN
        then(EngineKit.reports(results, "child_refused")).singleElement().asString().endsWith("""
                  child executions (1):
                    1. Pay attempt 1: arn:aws:states:us-east-1:123456789012:stateMachine:payment
                         FAILED with error 'Card.Refused' and cause 'no funds'; path: [Charge, Refused]
                """);
    }

    @Test
    void should_summarise_map_runs_in_the_failure_report() {
        // WHEN
        EngineExecutionResults results = EngineKit.run(NestedFixture.class);

        // THEN
        then(EngineKit.reports(results, "rows_fail")).singleElement().asString().endsWith("""
                  map runs (1):
                    Rows: SUCCEEDED; items: succeeded 1, failed 1, aborted 0, total 2
                """);
    }
}
