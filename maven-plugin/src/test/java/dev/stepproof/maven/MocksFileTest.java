package dev.stepproof.maven;

import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionOptions;
import dev.stepproof.toolkit.ExecutionStatus;
import dev.stepproof.toolkit.Interpreter;
import dev.stepproof.toolkit.MockSession;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

class MocksFileTest {

    static Interpreter orders() {
        try {
            Path file = Path.of(MocksFileTest.class.getResource("orders.asl.json").toURI());
            return Interpreter.of(DefinitionReader.standard().read(file).machine());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Execution run(String mocksYaml) throws InputProblem {
        MockSession session = MocksFile.parse("mocks.yaml", mocksYaml).session();
        return orders().execute(ExecutionOptions.defaults().withInput("{\"orderId\": \"O-1\"}").withTaskInvoker(session));
    }

    private static String problem(String source, String text) {
        return catchThrowableOfType(InputProblem.class, () -> MocksFile.parse(source, text)).getMessage();
    }

    private static final String FIX = " Fix: Give each Task state one response or a list, each with one of return, payload, "
            + "throw {error, cause}, throttle: true or hang: true, and optionally delaySeconds.";

    @Test
    void should_answer_in_order_with_payloads_throttles_and_raw_returns() throws InputProblem {
        // WHEN
        Execution execution = run("""
                Reserve:
                  - throttle: true
                  - throttle: true
                  - payload: {reservationId: R-1}
                Charge:
                  return: {}
                """);
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        then(execution.output()).hasToString("{\"reservation\":{\"reservationId\":\"R-1\"}}");
        then(execution.history().taskAttempts("Reserve")).hasSize(3);
    }

    @Test
    void should_fail_a_task_with_the_error_and_cause_thrown() throws InputProblem {
        // WHEN
        Execution execution = run("""
                {"Reserve": {"throw": {"error": "Lambda.ServiceException", "cause": "inventory down"}}}
                """);
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        then(execution.error()).isEqualTo("Order.Rejected");
        then(execution.cause()).isEqualTo("inventory down");
        then(execution.history().statesEntered()).containsExactly("Reserve", "Rejected");
    }

    @Test
    void should_answer_an_empty_object_after_a_delay_alone() throws InputProblem {
        // WHEN
        Execution execution = run("""
                Reserve: {payload: {reservationId: R-1}}
                Charge: {delaySeconds: 1.5}
                """);
        // THEN
        then(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        then(execution.stopTime()).isAfterOrEqualTo(execution.startTime().plusMillis(1500));
    }

    @Test
    void should_hang_a_task_until_the_execution_reaches_its_one_year_limit() throws InputProblem {
        // WHEN Reserve never answers: it has no TimeoutSeconds, and AWS's default task timeout (99,999,999 s) is
        // longer than the one year a STANDARD execution may run, on the virtual clock
        Execution execution = run("Reserve: {hang: true}");
        // THEN the execution times out at one year, before any Catch could take a task timeout
        then(execution.history().statesEntered()).containsExactly("Reserve");
        then(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        then(execution.error()).isEqualTo("States.Timeout");
        then(execution.stopTime()).isEqualTo(execution.startTime().plus(java.time.Duration.ofDays(365)));
    }

    @Test
    void should_locate_an_unknown_key() {
        then(problem("mocks.yaml", """
                Reserve:
                  - throttle: true
                  - paylod: {reservationId: R-1}
                """)).isEqualTo("mocks.yaml:3:13: ERROR SP-P005 at /Reserve/1/paylod: Unknown key 'paylod' in a response of Task state 'Reserve'." + FIX);
    }

    @Test
    void should_reject_two_responses_in_one() {
        then(problem("mocks.json", "{\"Charge\": {\"return\": {}, \"payload\": {}}}"))
                .isEqualTo("mocks.json:1:12: ERROR SP-P005 at /Charge: A response of Task state 'Charge' has both 'return' and 'payload'." + FIX);
    }

    @Test
    void should_reject_a_throw_without_an_error_name() {
        then(problem("mocks.yaml", "Charge:\n  throw: {cause: boom}\n"))
                .isEqualTo("mocks.yaml:2:10: ERROR SP-P005 at /Charge/throw/error: The 'throw' response of Task state 'Charge' needs an error name (a string), but has nothing." + FIX);
    }

    @Test
    void should_reject_throttle_false_and_empty_lists_and_non_objects() {
        then(problem("m.yaml", "Charge: {throttle: false}")).contains("at /Charge/throttle: 'throttle' must be true, but is false.");
        then(problem("m.yaml", "Charge: []")).contains("at /Charge: Task state 'Charge' has an empty list of responses.");
        then(problem("m.yaml", "Charge: [42]")).contains("at /Charge/0: A response of Task state 'Charge' is the number 42, not an object.");
        then(problem("m.yaml", "- Charge")).contains("at /: The mocks file must map Task state names to responses, but has an array.");
        then(problem("m.yaml", "{}")).contains("at /: The mocks file must map Task state names to responses, but has no states.");
        then(problem("m.yaml", "Charge: {delaySeconds: -1}")).contains("at /Charge/delaySeconds: delaySeconds must be a number of 0 or more, but is the number -1.");
    }

    @Test
    void should_locate_a_syntax_error() {
        then(problem("mocks.json", "{\"Charge\": {\"return\": {}}")).startsWith("mocks.json:1:26: ERROR SP-P004 at /: Mocks file is not valid JSON or YAML: Unexpected end-of-input");
    }
}
