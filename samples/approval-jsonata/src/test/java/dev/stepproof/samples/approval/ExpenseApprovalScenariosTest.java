package dev.stepproof.samples.approval;

import dev.stepproof.toolkit.ScenarioReport;
import dev.stepproof.toolkit.ScenarioRunner;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.BDDAssertions.then;

/** Runs the approval's scenario file: mocks, callbacks at virtual times and expectations, as data. */
class ExpenseApprovalScenariosTest {

    @Test
    void every_scenario_case_holds() {
        // WHEN
        ScenarioReport report = ScenarioRunner.standard().run(Path.of("src/test/resources/scenarios/expense-approval.sfn-test.yaml"));

        // THEN
        then(report.diagnostics()).isEmpty();
        then(report.cases()).hasSize(6).allSatisfy(c -> then(c.failures()).as(c.describe(report.source())).isEmpty());
    }
}
