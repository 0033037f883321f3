package dev.stepproof.toolkit.internal.scenario;

import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.SourcePosition;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;

import static org.assertj.core.api.BDDAssertions.then;

class ScenarioReaderTest {

    private final ScenarioReader reader = new ScenarioReader();

    static Path resource(String name) {
        try {
            return Path.of(ScenarioReaderTest.class.getResource("/dev/stepproof/toolkit/scenario/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void should_read_cases_with_their_positions() {
        // WHEN
        ScenarioReader.Outcome outcome = reader.read(resource("orders.sfn-test.yaml"));
        // THEN
        then(outcome.diagnostics()).isEmpty();
        then(outcome.scenario().cases()).extracting(ScenarioCase::name)
                .containsExactly("happy path", "throttled twice then reserved", "inventory outage is rejected");
        then(outcome.scenario().cases().get(1).position()).isEqualTo(new SourcePosition(20, 5));
        then(outcome.scenario().stateMachineName()).isEqualTo("orders");
        then(outcome.scenario().definition().getFileName().toString()).isEqualTo("orders.asl.json");
    }

    @Test
    void should_report_an_unknown_key_with_file_line_and_pointer() {
        // WHEN
        ScenarioReader.Outcome outcome = reader.read(resource("bad/unknown-key.sfn-test.yaml"));
        // THEN
        then(outcome.scenario()).isNull();
        then(outcome.diagnostics()).singleElement().satisfies(d -> {
            then(d.code()).isEqualTo("SP-C001");
            then(d.pointer()).isEqualTo("/cases/0/expect/statuss");
            then(d.position()).isEqualTo(new SourcePosition(6, 7));
            then(d.format()).contains("unknown-key.sfn-test.yaml:6:7: ERROR SP-C001 at /cases/0/expect/statuss: "
                    + "The scenario file does not match the scenario schema at /cases/0/expect/statuss: ");
        });
    }

    @Test
    void should_report_a_definition_that_does_not_exist() {
        // WHEN
        ScenarioReader.Outcome outcome = reader.read(resource("bad/missing-definition.sfn-test.yaml"));
        // THEN
        then(outcome.diagnostics()).singleElement().satisfies(d -> {
            then(d.code()).isEqualTo("SP-C003");
            then(d.position()).isEqualTo(new SourcePosition(1, 1));
            then(d.message()).startsWith("The scenario's definition 'nowhere.asl.json' does not exist (looked for ");
        });
    }

    @Test
    void should_report_yaml_syntax_errors_with_a_line() {
        // WHEN
        ScenarioReader.Outcome outcome = reader.read(resource("bad/not-yaml.sfn-test.yaml"));
        // THEN
        then(outcome.diagnostics()).singleElement().satisfies(d -> {
            then(d.code()).isEqualTo("SP-R002");
            then(d.position().line()).isGreaterThanOrEqualTo(2);
        });
    }

    @Test
    void should_report_duplicate_case_names() {
        // WHEN
        ScenarioReader.Outcome outcome = reader.read(resource("bad/duplicate-case.sfn-test.json"));
        // THEN
        then(outcome.diagnostics()).extracting(Diagnostic::code, Diagnostic::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SP-C002", "/cases/1/name"));
    }

    @Test
    void should_report_a_missing_file_without_throwing() {
        // WHEN
        ScenarioReader.Outcome outcome = reader.read(Path.of("no/such/file.sfn-test.yaml"));
        // THEN
        then(outcome.diagnostics()).singleElement().satisfies(d -> then(d.code()).isEqualTo("SP-R009"));
    }
}
