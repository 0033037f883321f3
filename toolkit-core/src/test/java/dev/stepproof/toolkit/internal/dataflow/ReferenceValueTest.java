package dev.stepproof.toolkit.internal.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

import static dev.stepproof.toolkit.internal.dataflow.TestContext.json;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

class ReferenceValueTest {

    private static StatesError failure(String path, String field, TestContext ctx) {
        ReferenceValue value = ReferenceValue.compile(path, field);
        return catchThrowableOfType(StatesError.class, () -> value.resolve(ctx));
    }

    @Test
    void should_resolve_input_context_and_variable_paths() {
        // GIVEN
        TestContext ctx = TestContext.of("{'wait': {'seconds': 5}}").withContext("{'State': {'Name': 'S'}}")
                .withVariable("limit", "3");
        // WHEN / THEN
        then(ReferenceValue.compile("$.wait.seconds", "SecondsPath").resolve(ctx)).isEqualTo(json("5"));
        then(ReferenceValue.compile("$$.State.Name", "ErrorPath").resolve(ctx)).isEqualTo(TextNode.valueOf("S"));
        then(ReferenceValue.compile("$limit", "MaxConcurrencyPath").resolve(ctx)).isEqualTo(json("3"));
    }

    @Test
    void should_use_the_recorded_cause_of_each_field() {
        // GIVEN
        TestContext ctx = TestContext.of("{'Error': 'E'}");
        // WHEN
        StatesError errorPath = failure("$.ErrorX", "ErrorPath", ctx);
        StatesError seconds = failure("$.input.waitSeconds", "SecondsPath", ctx);
        StatesError timeout = failure("$.NoSuchTimeoutSecondsPath", "TimeoutSecondsPath", ctx);
        // THEN AWS-recorded texts (ASL-SEMANTICS §2.6, Appendix A)
        then(errorPath.error()).isEqualTo(StatesError.RUNTIME);
        then(errorPath.causeText()).isEqualTo("The JSONPath '$.ErrorX' specified for the field 'ErrorPath' could not be "
                + "found in the input '{\"Error\":\"E\"}'");
        then(seconds.causeText()).isEqualTo("The SecondsPath parameter does not reference an input value: $.input.waitSeconds");
        then(timeout.causeText()).isEqualTo("Invalid path '$.NoSuchTimeoutSecondsPath' : No results for path: "
                + "$['NoSuchTimeoutSecondsPath']");
    }

    @Test
    void should_evaluate_an_intrinsic_in_cause_path() {
        // GIVEN the AWS-recorded Fail state: CausePath with States.Format
        ReferenceValue cause = ReferenceValue.compile(
                "States.Format('This is a custom error message for {}, caused by {}.', $.Error, $.Cause)", "CausePath");
        // WHEN
        JsonNode result = cause.resolve(TestContext.of("{'Error': 'error string', 'Cause': 'cause string'}"));
        // THEN
        then(result).isEqualTo(TextNode.valueOf("This is a custom error message for error string, caused by cause string."));
    }

    @Test
    void should_compile_broken_values_into_runtime_failures() {
        // GIVEN / WHEN
        StatesError path = failure("$.a[", "ItemsPath", TestContext.of("{}"));
        StatesError call = failure("States.Nope()", "CausePath", TestContext.of("{}"));
        // THEN
        then(path.error()).isEqualTo(StatesError.RUNTIME);
        then(path.causeText()).startsWith("The value '$.a[' of the field 'ItemsPath' cannot be evaluated: ");
        then(call.causeText()).startsWith("The value 'States.Nope()' of the field 'CausePath' cannot be evaluated: ");
    }
}
