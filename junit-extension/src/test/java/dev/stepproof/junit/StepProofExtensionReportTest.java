package dev.stepproof.junit;

import dev.stepproof.toolkit.Execution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import static dev.stepproof.junit.Fixtures.answering;
import static dev.stepproof.junit.Fixtures.failingWith;
import static dev.stepproof.junit.Fixtures.throttledThenAnswering;
import static dev.stepproof.junit.StepProofAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

@ResourceLock(Resources.SYSTEM_OUT) // EngineKit captures System.out while a fixture runs
class StepProofExtensionReportTest {

    @EngineFixture
    @StepFunctionsTest(definition = "dev/stepproof/junit/payment.asl.json")
    static class PaymentFixture {

        @Test
        void refused(StepFunctionsHarness sfn) {
            Execution execution = sfn.withTasks(failingWith("Payment.Refused", "no funds")).run("{\"amount\": 5}");
            assertThat(execution).succeeded();
        }

        @Test
        void throttled_then_refused(StepFunctionsHarness sfn) {
            sfn.withTasks(throttledThenAnswering(1, "{\"charged\": true}")).run("{ \"amount\" : 5 }");
            sfn.withTasks(failingWith("Payment.Refused", "no funds")).run("{\"amount\": 6}");
            throw new AssertionError("failed on purpose");
        }

        @Test
        void passes(StepFunctionsHarness sfn) {
            assertThat(sfn.withTasks(answering("{}")).run()).succeeded();
        }

        @Test
        void fails_before_running(StepFunctionsHarness sfn) {
            throw new AssertionError("failed on purpose");
        }
    }

    @Test
    void should_report_the_states_inputs_outputs_catches_and_calls_of_a_failed_test() {
        // WHEN
        EngineExecutionResults results = EngineKit.run(PaymentFixture.class);

        // THEN
        then(EngineKit.reports(results, "refused")).containsExactly("""
                StepProof: 1 execution in test [refused(StepFunctionsHarness)]

                Execution 1 of 1 (classpath:dev/stepproof/junit/payment.asl.json)
                  FAILED with error 'Payment.Refused' and cause 'card declined'
                  input: {"amount":5}
                  virtual time: 2026-01-01T00:00:00Z to 2026-01-01T00:00:00Z
                  states entered (3):
                    1. Validate (Pass)
                         input:  {"amount":5}
                         output: {"amount":5}
                    2. Charge (Task)
                         input:  {"amount":5}
                         output: {"Error":"Payment.Refused","Cause":"no funds"}
                    3. Refund (Fail)
                         input:  {"Error":"Payment.Refused","Cause":"no funds"}
                         output: (none: the state did not exit)
                  retries and catches:
                    Charge: Catch[0] caught 'Payment.Refused' and went to Refund
                  task calls (1):
                    1. Charge call 1: {"FunctionName":"charge","Payload":{"amount":5}}
                         failed with error 'Payment.Refused' and cause 'no funds'
                """);
    }

    @Test
    void should_report_every_execution_of_the_test_with_its_retries() {
        // WHEN
        EngineExecutionResults results = EngineKit.run(PaymentFixture.class);

        // THEN
        then(EngineKit.reports(results, "throttled_then_refused")).singleElement().asString()
                .startsWith("StepProof: 2 executions in test [throttled_then_refused(StepFunctionsHarness)]\n\n"
                        + "Execution 1 of 2 (classpath:dev/stepproof/junit/payment.asl.json)\n"
                        + "  SUCCEEDED with output {\"charged\":true}\n"
                        + "  input: {\"amount\":5}\n"
                        + "  virtual time: 2026-01-01T00:00:00Z to 2026-01-01T00:00:01Z\n")
                .contains("  retries and catches:\n    Charge: Retry[0] retried it\n"
                        + "  task calls (2):\n"
                        + "    1. Charge call 1: {\"FunctionName\":\"charge\",\"Payload\":{\"amount\":5}}\n"
                        + "         failed with error 'Throttled' and cause 'slow down'\n"
                        + "    2. Charge call 2: {\"FunctionName\":\"charge\",\"Payload\":{\"amount\":5}}\n"
                        + "         succeeded with {\"charged\":true}\n"
                        + "\nExecution 2 of 2 (classpath:dev/stepproof/junit/payment.asl.json)\n"
                        + "  FAILED with error 'Payment.Refused' and cause 'card declined'\n"
                        + "  input: {\"amount\":6}\n");
    }

    @Test
    void should_report_nothing_for_passing_tests_and_tests_without_executions() {
        // WHEN
        EngineExecutionResults results = EngineKit.run(PaymentFixture.class);

        // THEN
        then(EngineKit.reports(results, "passes")).isEmpty();
        then(EngineKit.reports(results, "fails_before_running")).isEmpty();
        then(EngineKit.failure(results, "fails_before_running")).get().asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.THROWABLE).hasMessage("failed on purpose");
        results.testEvents().assertStatistics(stats -> stats.started(4).succeeded(1).failed(3));
    }

    @Test
    void should_print_the_report_to_standard_output() {
        // WHEN
        EngineKit.Run run = EngineKit.runPrinting(PaymentFixture.class, java.util.Map.of());

        // THEN
        then(run.stdout())
                .contains(EngineKit.reports(run.results(), "refused").get(0))
                .contains(EngineKit.reports(run.results(), "throttled_then_refused").get(0))
                .doesNotContain("[passes(StepFunctionsHarness)]");
    }
}
