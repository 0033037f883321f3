package dev.stepproof.toolkit.internal.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.BDDAssertions.then;

class ValidatorConformanceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "asl-validator/invalid-jsonata-surround-syntax-no-close.json => 1",
            "asl-validator/invalid-jsonata-surround-syntax-no-open.json => 1",
            "asl-validator/invalid-jsonata-surround-syntax-no-spaces.json => 1",
            "asl-validator/invalid-jsonata-syntax-jsonpath-in-jsonata-surround.json => 1",
            "asl-validator/invalid-json-surround-syntax-extra-spaces.json => 1",
            "asl-validator/invalid-json-path.json => 4",
            "asl-validator/invalid-math-add.json => 1",
            "asl-validator/invalid-variable-result-path.json => 1",
            "statelint/parameter-path-problems.json => 5",
            "statelint/states-array-invocation-leftpad.json => 1",
            "statelint/pass-with-intrinsic-function-inputpath.json => 1",
    })
    void should_reject_the_expressions_of_cases_invalid_because_of_them(String name, int expectedProblems) {
        // GIVEN
        JsonNode conformanceCase = Corpus.byName(Corpus.cases("validator"), name);
        // WHEN
        List<String> problems = ExpressionCollector.problems(conformanceCase.path("definition"));
        // THEN
        then(conformanceCase.path("valid").asBoolean()).isFalse();
        then(problems).hasSize(expectedProblems);
    }

    @Test
    void should_report_the_statelint_parameter_path_problems_where_they_are() {
        // GIVEN
        JsonNode conformanceCase = Corpus.byName(Corpus.cases("validator"), "statelint/parameter-path-problems.json");
        // WHEN
        List<String> problems = ExpressionCollector.problems(conformanceCase.path("definition"));
        // THEN
        then(problems).extracting(p -> p.substring(0, p.indexOf(':'))).containsExactlyInAnyOrder(
                "/States/FNORD/Parameters/bad1.$",
                "/States/FNORD/Parameters/bad2.$",
                "/States/FNORD/Parameters/f3/bad3.$",
                "/States/FNORD/Parameters/f3/f5/1/f7/bad4.$",
                "/States/FNORD/Parameters/bad5.$");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "asl-validator/valid-json-surround-syntax.json",
            "asl-validator/valid-jsonata-syntax-function-call.json",
            "asl-validator/valid-jsonata-syntax-path-expression.json",
            "asl-validator/valid-path-with-hypen.json",
            "asl-validator/valid-current-value-predicate.json",
            "asl-validator/valid-intrinsic-functions.asl.json",
            "asl-validator/valid-math-add.json",
            "asl-validator/valid-fail-paths.json",
            "asl-validator/valid-context.json",
            "asl-validator/valid-pass-negativeIndex.json",
            "statelint/fail-with-error-and-cause-path-using-intrinsic-functions.json",
            "statelint/states-array-intrinsic-functions.json",
            "statelint/states-hash-intrinsic-functions.json",
            "statelint/states-uuid-intrinsic-functions.json",
    })
    void should_accept_the_expressions_of_valid_cases(String name) {
        // GIVEN
        JsonNode conformanceCase = Corpus.byName(Corpus.cases("validator"), name);
        // WHEN
        List<String> problems = ExpressionCollector.problems(conformanceCase.path("definition"));
        // THEN
        then(conformanceCase.path("valid").asBoolean()).isTrue();
        then(problems).isEmpty();
    }

    @Test
    void should_find_no_expression_problem_in_any_valid_case() {
        // GIVEN
        List<JsonNode> valid = Corpus.cases("validator").stream()
                .filter(c -> c.path("valid").asBoolean()).collect(Collectors.toList());
        // WHEN
        List<String> problems = valid.stream()
                .flatMap(c -> ExpressionCollector.problems(c.path("definition")).stream()
                        .map(p -> c.path("name").asText() + " " + p))
                .collect(Collectors.toList());
        // THEN
        then(valid).isNotEmpty();
        then(problems).isEmpty();
    }
}
