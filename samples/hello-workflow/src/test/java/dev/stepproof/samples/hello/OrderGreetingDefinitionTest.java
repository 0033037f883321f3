package dev.stepproof.samples.hello;

import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.DefinitionReader.ReadResult;
import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.model.State;
import dev.stepproof.toolkit.model.StateMachine;
import dev.stepproof.toolkit.model.StateType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.BDDAssertions.then;

/**
 * The smallest useful StepProof test: the workflow definition that ships with this module is valid as AWS
 * would judge it, and has the shape the team expects.
 */
class OrderGreetingDefinitionTest {

    private static final String DEFINITION = "statemachines/order-greeting.asl.json";

    @Test
    void definition_is_accepted_without_errors_or_warnings() {
        // WHEN
        ReadResult result = DefinitionReader.standard().readResource(DEFINITION);

        // THEN
        then(result.diagnostics()).as("diagnostics:%n%s", result.diagnostics().stream()
                .map(Diagnostic::format).reduce("", (a, b) -> a + b + "\n")).isEmpty();
        then(result.isValid()).isTrue();
    }

    @Test
    void definition_starts_by_loading_the_customer_and_ends_in_greet_or_fail() {
        // WHEN
        StateMachine machine = DefinitionReader.standard().readResource(DEFINITION).orElseThrow();

        // THEN
        then(machine.startAt()).isEqualTo("LoadCustomer");
        then(machine.states().keySet())
                .containsExactly("LoadCustomer", "IsLargeOrder", "ManualCheck", "Greet", "GreetingFailed");
        then(machine.states().values()).extracting(State::type)
                .containsExactly(StateType.TASK, StateType.CHOICE, StateType.WAIT, StateType.PASS, StateType.FAIL);
    }

    @Test
    void a_typo_in_a_transition_is_reported_with_its_line() {
        // GIVEN: the same definition with one transition misspelt, as a reviewer might miss it
        String text = new String(readBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"Default\": \"Greet\"", "\"Default\": \"Gret\"");

        // WHEN
        ReadResult result = DefinitionReader.standard().read(text, DEFINITION);

        // THEN
        then(result.errors()).singleElement().satisfies(d -> {
            then(d.code()).isEqualTo("SP-V003");
            then(d.pointer()).isEqualTo("/States/IsLargeOrder/Default");
            then(d.position().line()).isEqualTo(36);
            then(d.message()).isEqualTo("State 'IsLargeOrder' transitions to 'Gret', but no state has that name (did you mean 'Greet'?).");
        });
    }

    private static byte[] readBytes() {
        try (var in = OrderGreetingDefinitionTest.class.getClassLoader().getResourceAsStream(DEFINITION)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
