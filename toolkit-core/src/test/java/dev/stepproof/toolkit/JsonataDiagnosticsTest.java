package dev.stepproof.toolkit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.BDDAssertions.then;

/** Invalid JSONata is reported by the validator, before any run, with the line and column of the field (SP-V020). */
class JsonataDiagnosticsTest {

    // The position is the member's (where "total" starts), as for every other diagnostic on a field.
    @Test
    void should_report_an_expression_that_does_not_parse_with_its_line_and_column() {
        // GIVEN
        String definition = """
                {
                  "QueryLanguage": "JSONata",
                  "StartAt": "Price",
                  "States": {
                    "Price": {
                      "Type": "Pass",
                      "Output": {
                        "total": "{% $sum($states.input.items.price %}"
                      },
                      "End": true
                    }
                  }
                }""";

        // WHEN
        DefinitionReader.ReadResult result = DefinitionReader.standard().read(definition, "price.asl.json");

        // THEN
        then(result.isValid()).isFalse();
        then(result.diagnostics()).filteredOn(d -> d.code().equals("SP-V020")).singleElement().satisfies(d -> {
            then(d.severity()).isEqualTo(Severity.ERROR);
            then(d.pointer()).isEqualTo("/States/Price/Output/total");
            then(d.position().line()).isEqualTo(8);
            then(d.position().column()).isEqualTo(9);
            then(d.format()).startsWith("price.asl.json:8:9: ERROR SP-V020 at /States/Price/Output/total: "
                    + "State 'Price' field 'Output' has '{% $sum($states.input.items.price %}', which is not a valid JSONata template: ");
            then(d.hint()).isNotEmpty();
        });
    }

    @Test
    void should_report_a_condition_that_does_not_parse_in_a_yaml_definition() {
        // GIVEN
        String definition = """
                QueryLanguage: JSONata
                StartAt: Route
                States:
                  Route:
                    Type: Choice
                    Choices:
                      - Condition: "{% $states.input.amount > %}"
                        Next: Big
                    Default: Big
                  Big:
                    Type: Succeed
                """;

        // WHEN
        DefinitionReader.ReadResult result = DefinitionReader.standard().read(definition, "route.asl.yaml");

        // THEN
        then(result.diagnostics()).filteredOn(d -> d.code().equals("SP-V020")).singleElement().satisfies(d -> {
            then(d.pointer()).isEqualTo("/States/Route/Choices/0/Condition");
            then(d.position().line()).isEqualTo(7);
            then(d.position().isKnown()).isTrue();
        });
    }

    @Test
    void should_accept_the_same_definitions_once_the_expressions_are_fixed() {
        // GIVEN
        String definition = """
                {"QueryLanguage": "JSONata", "StartAt": "Price", "States": {"Price": {"Type": "Pass",
                  "Output": {"total": "{% $sum($states.input.items.price) %}"}, "End": true}}}""";

        // WHEN
        DefinitionReader.ReadResult result = DefinitionReader.standard().read(definition, "price.asl.json");

        // THEN
        then(result.diagnostics()).extracting(Diagnostic::code).doesNotContain("SP-V020");
        then(result.isValid()).isTrue();
    }
}
