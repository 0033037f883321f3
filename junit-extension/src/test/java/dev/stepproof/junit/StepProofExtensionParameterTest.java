package dev.stepproof.junit;

import dev.stepproof.junit.internal.DefaultStepFunctionsHarness;
import dev.stepproof.toolkit.InvalidDefinitionException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

import java.util.List;

import static org.assertj.core.api.BDDAssertions.then;

@ResourceLock(Resources.SYSTEM_OUT) // EngineKit captures System.out while a fixture runs
class StepProofExtensionParameterTest {

    @EngineFixture
    @StepFunctionsTest
    static class ConstructorFixture {
        ConstructorFixture(StepFunctionsHarness sfn) {
        }

        @Test
        void test() {
        }
    }

    @EngineFixture
    @StepFunctionsTest
    static class BeforeAllFixture {
        @BeforeAll
        static void all(StepFunctionsHarness sfn) {
        }

        @Test
        void test() {
        }
    }

    @EngineFixture
    @StepFunctionsTest
    static class UsageFixture {
        @Test
        void subtype(DefaultStepFunctionsHarness harness) {
        }

        @Test
        void no_definition(StepFunctionsHarness sfn) {
            sfn.run();
        }

        @Test
        void invalid_definition(StepFunctionsHarness sfn) {
            sfn.withDefinitionText("{\"StartAt\": \"Nowhere\", \"States\": {\"Here\": {\"Type\": \"Succeed\"}}}").run();
        }

        @Test
        void invalid_input(StepFunctionsHarness sfn) {
            sfn.withDefinitionText(Fixtures.PAYMENT).run("{amount: 5");
        }
    }

    @EngineFixture
    @StepFunctionsTest(startTime = "yesterday")
    static class BadStartTimeFixture {
        @Test
        void test(StepFunctionsHarness sfn) {
        }
    }

    private static Throwable onlyFailure(EngineExecutionResults results) {
        List<Event> failed = results.allEvents().failed().list();
        then(failed).hasSize(1);
        return failed.get(0).getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class).getThrowable().orElseThrow();
    }

    @Test
    void should_refuse_constructor_injection() {
        // WHEN
        Throwable failure = onlyFailure(EngineKit.run(ConstructorFixture.class));

        // THEN
        then(failure).isInstanceOf(ParameterResolutionException.class).hasMessage("A StepFunctionsHarness belongs to one "
                + "test method; it cannot be injected into the constructor of "
                + "[dev.stepproof.junit.StepProofExtensionParameterTest$ConstructorFixture]. "
                + "Inject it into the test method or a @BeforeEach method.");
    }

    @Test
    void should_refuse_injection_outside_test_methods() {
        // WHEN
        Throwable failure = onlyFailure(EngineKit.run(BeforeAllFixture.class));

        // THEN
        then(failure).isInstanceOf(ParameterResolutionException.class)
                .hasMessageStartingWith("A StepFunctionsHarness belongs to one test method; it cannot be injected into "
                        + "[static void dev.stepproof.junit.StepProofExtensionParameterTest$BeforeAllFixture.all(")
                .hasMessageEndingWith("which runs outside any test method. Inject it into the test method or a @BeforeEach method.");
    }

    @Test
    void should_resolve_the_exact_type_only() {
        // WHEN
        EngineExecutionResults results = EngineKit.run(UsageFixture.class);

        // THEN
        then(EngineKit.failure(results, "subtype")).get().asString()
                .contains("No ParameterResolver registered for parameter [dev.stepproof.junit.internal.DefaultStepFunctionsHarness");
    }

    @Test
    void should_say_how_to_give_a_definition_when_there_is_none() {
        // WHEN
        EngineExecutionResults results = EngineKit.run(UsageFixture.class);

        // THEN
        then(EngineKit.failure(results, "no_definition")).get().asString()
                .isEqualTo("java.lang.IllegalStateException: No state machine definition for test [no_definition(StepFunctionsHarness)]: "
                        + "set one with @StepFunctionsTest(definition = \"...\"), StepProofExtension.newInstance().definition(...) "
                        + "or harness.withDefinition(...)");
    }

    @Test
    void should_report_an_invalid_definition_with_its_diagnostics() {
        // WHEN
        EngineExecutionResults results = EngineKit.run(UsageFixture.class);

        // THEN
        then(EngineKit.failure(results, "invalid_definition")).get().isInstanceOf(InvalidDefinitionException.class)
                .asString().contains("Invalid state machine definition <inline>:", "Nowhere");
    }

    @Test
    void should_reject_input_that_is_not_json() {
        // WHEN
        EngineExecutionResults results = EngineKit.run(UsageFixture.class);

        // THEN
        then(EngineKit.failure(results, "invalid_input")).get().isInstanceOf(IllegalArgumentException.class)
                .asString().contains("input is not valid JSON: [{amount: 5]");
    }

    @Test
    void should_name_an_annotation_start_time_that_is_not_an_instant() {
        // WHEN
        Throwable failure = onlyFailure(EngineKit.run(BadStartTimeFixture.class));

        // THEN
        then(failure).isInstanceOf(ParameterResolutionException.class)
                .hasMessage("@StepFunctionsTest(startTime = [yesterday]) is not an ISO-8601 instant such as 2026-01-01T00:00:00Z");
    }
}
