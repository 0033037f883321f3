package dev.stepproof.samples.saga;

import dev.stepproof.toolkit.ScenarioReport;
import dev.stepproof.toolkit.ScenarioRunner;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.BDDAssertions.then;

/** Runs the saga's scenario file: each case's mocks, and its expected status, path, output and calls. */
class OrderSagaScenariosTest {

    @Test
    void every_scenario_case_holds() {
        // WHEN
        ScenarioReport report = ScenarioRunner.standard().run(Path.of("src/test/resources/scenarios/order-saga.sfn-test.yaml"));

        // THEN
        then(report.diagnostics()).isEmpty();
        then(report.cases()).hasSize(5).allSatisfy(c -> then(c.failures()).as(c.describe(report.source())).isEmpty());
    }
}
