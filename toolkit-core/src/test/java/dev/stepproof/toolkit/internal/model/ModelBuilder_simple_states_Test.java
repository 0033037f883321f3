package dev.stepproof.toolkit.internal.model;

import com.fasterxml.jackson.databind.node.NullNode;
import dev.stepproof.toolkit.model.FailState;
import dev.stepproof.toolkit.model.NumberOrExpression;
import dev.stepproof.toolkit.model.PassState;
import dev.stepproof.toolkit.model.PathField;
import dev.stepproof.toolkit.model.StateType;
import dev.stepproof.toolkit.model.SucceedState;
import dev.stepproof.toolkit.model.Transition;
import dev.stepproof.toolkit.model.WaitState;
import org.junit.jupiter.api.Test;

import static dev.stepproof.toolkit.internal.model.Definitions.json;
import static dev.stepproof.toolkit.internal.model.Definitions.single;
import static org.assertj.core.api.BDDAssertions.then;

class ModelBuilder_simple_states_Test {

    @Test
    void should_read_every_field_of_a_pass_state() {
        // GIVEN
        String state = """
                {"Type": "Pass", "Comment": "c", "InputPath": "$.in", "OutputPath": "$.out",
                 "Parameters": {"a.$": "$.x"}, "Result": {"r": [1, 2]}, "ResultPath": "$.res",
                 "Assign": {"v": 1}, "Next": "N"}""";

        // WHEN
        PassState pass = single(state, PassState.class);

        // THEN
        then(pass.type()).isEqualTo(StateType.PASS);
        then(pass.comment()).isEqualTo("c");
        then(pass.inputPath()).isEqualTo(PathField.of("$.in"));
        then(pass.outputPath()).isEqualTo(PathField.of("$.out"));
        then(pass.parameters()).isEqualTo(json("{\"a.$\": \"$.x\"}"));
        then(pass.result()).isEqualTo(json("{\"r\": [1, 2]}"));
        then(pass.resultPath()).isEqualTo(PathField.of("$.res"));
        then(pass.assign()).isEqualTo(json("{\"v\": 1}"));
        then(pass.transition()).isEqualTo(Transition.to("N"));
        then(pass.output()).isNull();
    }

    @Test
    void should_distinguish_absent_result_from_json_null_result() {
        // GIVEN
        String absent = "{\"Type\": \"Pass\", \"End\": true}";
        String explicitNull = "{\"Type\": \"Pass\", \"Result\": null, \"End\": true}";

        // WHEN
        PassState withoutResult = single(absent, PassState.class);
        PassState withNullResult = single(explicitNull, PassState.class);

        // THEN
        then(withoutResult.result()).isNull();
        then(withNullResult.result()).isEqualTo(NullNode.getInstance());
    }

    @Test
    void should_distinguish_absent_from_null_input_output_and_result_paths() {
        // GIVEN
        String absent = "{\"Type\": \"Pass\", \"End\": true}";
        String nulls = "{\"Type\": \"Pass\", \"InputPath\": null, \"OutputPath\": null, \"ResultPath\": null,"
                + " \"End\": true}";

        // WHEN
        PassState withAbsentPaths = single(absent, PassState.class);
        PassState withNullPaths = single(nulls, PassState.class);

        // THEN
        then(withAbsentPaths.inputPath()).isEqualTo(PathField.ABSENT);
        then(withAbsentPaths.outputPath().effectivePath()).contains("$");
        then(withAbsentPaths.resultPath().isAbsent()).isTrue();
        then(withNullPaths.inputPath()).isEqualTo(PathField.NULL);
        then(withNullPaths.outputPath().isNull()).isTrue();
        then(withNullPaths.resultPath().effectivePath()).isEmpty();
    }

    @Test
    void should_read_jsonpath_wait_fields() {
        // GIVEN
        String seconds = "{\"Type\": \"Wait\", \"Seconds\": 5, \"InputPath\": \"$.a\", \"OutputPath\": \"$.b\","
                + " \"Assign\": {\"k\": 1}, \"Next\": \"N\"}";
        String paths = "{\"Type\": \"Wait\", \"SecondsPath\": \"$.s\", \"TimestampPath\": \"$.t\", \"End\": true}";
        String timestamp = "{\"Type\": \"Wait\", \"Timestamp\": \"2016-03-14T01:59:00Z\", \"End\": true}";

        // WHEN
        WaitState bySeconds = single(seconds, WaitState.class);
        WaitState byPaths = single(paths, WaitState.class);
        WaitState byTimestamp = single(timestamp, WaitState.class);

        // THEN
        then(bySeconds.type()).isEqualTo(StateType.WAIT);
        then(bySeconds.seconds()).isEqualTo(NumberOrExpression.of(5));
        then(bySeconds.inputPath()).isEqualTo(PathField.of("$.a"));
        then(bySeconds.outputPath()).isEqualTo(PathField.of("$.b"));
        then(bySeconds.assign()).isEqualTo(json("{\"k\": 1}"));
        then(bySeconds.transition()).isEqualTo(Transition.to("N"));
        then(byPaths.secondsPath()).isEqualTo("$.s");
        then(byPaths.timestampPath()).isEqualTo("$.t");
        then(byPaths.seconds()).isNull();
        then(byTimestamp.timestamp()).isEqualTo("2016-03-14T01:59:00Z");
    }

    @Test
    void should_read_jsonata_wait_expressions_and_output() {
        // GIVEN
        String state = """
                {"Type": "Wait", "QueryLanguage": "JSONata", "Seconds": "{% $states.input.delay %}",
                 "Timestamp": "{% $states.input.at %}", "Output": {"w": true}, "End": true}""";

        // WHEN
        WaitState wait = single(state, WaitState.class);

        // THEN
        then(wait.seconds()).isEqualTo(NumberOrExpression.ofExpression("{% $states.input.delay %}"));
        then(wait.timestamp()).isEqualTo("{% $states.input.at %}");
        then(wait.output()).isEqualTo(json("{\"w\": true}"));
    }

    @Test
    void should_read_succeed_state_and_treat_it_as_terminal() {
        // GIVEN
        String state = "{\"Type\": \"Succeed\", \"Comment\": \"ok\", \"InputPath\": \"$.a\", \"OutputPath\": null,"
                + " \"Output\": {\"done\": true}}";

        // WHEN
        SucceedState succeed = single(state, SucceedState.class);

        // THEN
        then(succeed.type()).isEqualTo(StateType.SUCCEED);
        then(succeed.comment()).isEqualTo("ok");
        then(succeed.inputPath()).isEqualTo(PathField.of("$.a"));
        then(succeed.outputPath()).isEqualTo(PathField.NULL);
        then(succeed.output()).isEqualTo(json("{\"done\": true}"));
        then(succeed.isTerminal()).isTrue();
        then(succeed.transition()).isEqualTo(Transition.NONE);
    }

    @Test
    void should_read_every_field_of_a_fail_state() {
        // GIVEN
        String literal = "{\"Type\": \"Fail\", \"Comment\": \"c\", \"Error\": \"E\", \"Cause\": \"C\"}";
        String paths = "{\"Type\": \"Fail\", \"ErrorPath\": \"$.e\", \"CausePath\": \"States.Format('{}', $.c)\"}";

        // WHEN
        FailState byLiteral = single(literal, FailState.class);
        FailState byPath = single(paths, FailState.class);

        // THEN
        then(byLiteral.type()).isEqualTo(StateType.FAIL);
        then(byLiteral.comment()).isEqualTo("c");
        then(byLiteral.error()).isEqualTo("E");
        then(byLiteral.cause()).isEqualTo("C");
        then(byLiteral.isTerminal()).isTrue();
        then(byPath.errorPath()).isEqualTo("$.e");
        then(byPath.causePath()).isEqualTo("States.Format('{}', $.c)");
        then(byPath.error()).isNull();
    }
}
