package dev.stepproof.maven;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

class CoverageFileTest {

    private static final String ORDERS = """
            {
              "version": 1,
              "stateMachines": {
                "orders@1a2b": {
                  "name": "orders",
                  "definitionHash": "1a2b",
                  "states": {"total": 4, "covered": 2, "items": {"Reserve": 3, "Charge": 2, "Refund": 0, "Release": 0}},
                  "transitions": {"total": 1, "covered": 1, "items": {"Reserve->Charge": 2}},
                  "choiceRules": {"total": 2, "covered": 1, "items": {"Check[0]": 1, "Check[default]": 0}},
                  "retriers": {"total": 1, "covered": 1, "items": {"Reserve.Retry[0]": 1}},
                  "catchers": {"total": 0, "covered": 0, "items": {}},
                  "branches": {"total": 0, "covered": 0}
                }
              }
            }
            """;

    private static String problem(String text) {
        return catchThrowableOfType(InputProblem.class, () -> CoverageFile.parse("target/stepproof/coverage.json", text)).getMessage();
    }

    @Test
    void should_read_counters_and_uncovered_items_in_file_order() throws InputProblem {
        // WHEN
        List<MachineCoverage> machines = CoverageFile.parse("coverage.json", ORDERS);
        // THEN
        then(machines).singleElement().satisfies(m -> {
            then(m.id()).isEqualTo("orders@1a2b");
            then(m.name()).isEqualTo("orders");
            then(m.counter(CoverageCounter.STATES)).isEqualTo(new MachineCoverage.Counter(4, 2, List.of("Refund", "Release")));
            then(m.counter(CoverageCounter.CHOICE_RULES).uncovered()).containsExactly("Check[default]");
            then(m.counter(CoverageCounter.BRANCHES)).isEqualTo(new MachineCoverage.Counter(0, 0, List.of()));
        });
    }

    @Test
    void should_trust_items_over_the_redundant_totals() throws InputProblem {
        String inconsistent = ORDERS.replace("\"states\": {\"total\": 4, \"covered\": 2", "\"states\": {\"total\": 9, \"covered\": 9");
        then(CoverageFile.parse("c.json", inconsistent).get(0).counter(CoverageCounter.STATES).ratio()).isEqualTo(0.5);
    }

    @Test
    void should_name_the_file_and_position_of_a_syntax_error() {
        then(problem("{\"version\": 1,\n  \"stateMachines\": {,}}")).isEqualTo(
                "target/stepproof/coverage.json:2:21: ERROR SP-P002 at /: Coverage file is not valid JSON: Unexpected character (',' (code 44)):"
                        + " was expecting double-quote to start field name Fix: Delete it and run the tests again; it is rewritten on every run.");
    }

    @Test
    void should_reject_another_format_version() {
        then(problem("{\"version\": 2, \"stateMachines\": {}}")).isEqualTo(
                "target/stepproof/coverage.json:1:13: ERROR SP-P003 at /version: Coverage file has the number 2 where format version 1 is expected."
                        + " Fix: Use a coverage file written by the same StepProof version as this plugin, or delete it and run the tests again.");
    }

    @Test
    void should_point_at_the_object_that_lacks_a_field() {
        then(problem(ORDERS.replace("\"catchers\": {\"total\": 0, \"covered\": 0, \"items\": {}},", ""))).startsWith(
                "target/stepproof/coverage.json:4:20: ERROR SP-P003 at /stateMachines/orders@1a2b/catchers: Coverage file has nothing"
                        + " where a counter object with total, covered and items is expected.");
    }

    @Test
    void should_reject_a_negative_or_fractional_hit_count() {
        then(problem(ORDERS.replace("\"Charge\": 2", "\"Charge\": 1.5"))).contains(
                ":7:78: ERROR SP-P003 at /stateMachines/orders@1a2b/states/items/Charge: Coverage file has the number 1.5 where a count (an integer of 0 or more) is expected.");
    }

    @Test
    void should_reject_a_document_that_is_not_an_object() {
        then(problem("[]")).contains("ERROR SP-P003 at /: Coverage file has an array where a JSON object is expected.");
        then(problem("")).contains("ERROR SP-P003 at /: Coverage file has nothing where a JSON object is expected.");
    }
}
