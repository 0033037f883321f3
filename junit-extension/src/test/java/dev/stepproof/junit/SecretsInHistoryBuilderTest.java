package dev.stepproof.junit;

import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.audit.HistorySecretScan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.stepproof.junit.StepProofAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

/** The builder's secretsInHistory option reaches the harness. */
class SecretsInHistoryBuilderTest {

    @RegisterExtension
    static final StepProofExtension STEPPROOF = StepProofExtension.newInstance()
            .definition("dev/stepproof/junit/fetch-secret.asl.json")
            .tasks(SecretsInHistoryTest.MOCKS)
            .secretsInHistory(SecretsInHistory.OFF)
            .build();

    @Test
    void should_run_a_leaking_machine_when_the_check_is_off(StepFunctionsHarness sfn) {
        // WHEN
        Execution execution = sfn.run("{\"amount\": 5}");

        // THEN the leak is there, but the harness was told not to check
        assertThat(execution).succeeded();
        then(HistorySecretScan.scan(execution)).hasSize(3);
    }
}
