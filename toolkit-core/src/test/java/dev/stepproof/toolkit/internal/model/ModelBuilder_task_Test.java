package dev.stepproof.toolkit.internal.model;

import dev.stepproof.toolkit.model.Catcher;
import dev.stepproof.toolkit.model.NumberOrExpression;
import dev.stepproof.toolkit.model.PathField;
import dev.stepproof.toolkit.model.QueryLanguage;
import dev.stepproof.toolkit.model.Retrier;
import dev.stepproof.toolkit.model.StateType;
import dev.stepproof.toolkit.model.TaskState;
import dev.stepproof.toolkit.model.Transition;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.stepproof.toolkit.internal.model.Definitions.json;
import static dev.stepproof.toolkit.internal.model.Definitions.single;
import static org.assertj.core.api.BDDAssertions.then;

class ModelBuilder_task_Test {

    @Test
    void should_read_every_field_of_a_jsonpath_task_state() {
        // GIVEN
        String state = """
                {"Type": "Task", "Comment": "charge", "QueryLanguage": "JSONPath",
                 "Resource": "arn:aws:states:::lambda:invoke",
                 "InputPath": "$.order", "OutputPath": "$.out",
                 "Parameters": {"FunctionName": "f", "Payload.$": "$"},
                 "ResultSelector": {"body.$": "$.Payload"}, "ResultPath": "$.result",
                 "Assign": {"last.$": "$.Payload"},
                 "TimeoutSeconds": 30, "HeartbeatSeconds": 10,
                 "Credentials": {"RoleArn.$": "$.role"},
                 "Next": "Done"}""";

        // WHEN
        TaskState task = single(state, TaskState.class);

        // THEN
        then(task.name()).isEqualTo("S");
        then(task.pointer()).isEqualTo("/States/S");
        then(task.type()).isEqualTo(StateType.TASK);
        then(task.comment()).isEqualTo("charge");
        then(task.queryLanguage()).isEqualTo(QueryLanguage.JSONPATH);
        then(task.resource()).isEqualTo("arn:aws:states:::lambda:invoke");
        then(task.inputPath()).isEqualTo(PathField.of("$.order"));
        then(task.outputPath()).isEqualTo(PathField.of("$.out"));
        then(task.parameters()).isEqualTo(json("{\"FunctionName\": \"f\", \"Payload.$\": \"$\"}"));
        then(task.resultSelector()).isEqualTo(json("{\"body.$\": \"$.Payload\"}"));
        then(task.resultPath()).isEqualTo(PathField.of("$.result"));
        then(task.assign()).isEqualTo(json("{\"last.$\": \"$.Payload\"}"));
        then(task.timeoutSeconds()).isEqualTo(NumberOrExpression.of(30));
        then(task.heartbeatSeconds()).isEqualTo(NumberOrExpression.of(10));
        then(task.credentials()).isEqualTo(json("{\"RoleArn.$\": \"$.role\"}"));
        then(task.transition()).isEqualTo(Transition.to("Done"));
        then(task.isTerminal()).isFalse();
        then(task.arguments()).isNull();
        then(task.output()).isNull();
        then(task.timeoutSecondsPath()).isNull();
    }

    @Test
    void should_read_timeout_and_heartbeat_paths() {
        // GIVEN
        String state = """
                {"Type": "Task", "Resource": "arn:x", "TimeoutSecondsPath": "$.t",
                 "HeartbeatSecondsPath": "$.h", "End": true}""";

        // WHEN
        TaskState task = single(state, TaskState.class);

        // THEN
        then(task.timeoutSecondsPath()).isEqualTo("$.t");
        then(task.heartbeatSecondsPath()).isEqualTo("$.h");
        then(task.timeoutSeconds()).isNull();
        then(task.transition()).isEqualTo(Transition.END);
        then(task.isTerminal()).isTrue();
    }

    @Test
    void should_read_every_field_of_retriers_in_order() {
        // GIVEN
        String state = """
                {"Type": "Task", "Resource": "arn:x", "End": true, "Retry": [
                  {"ErrorEquals": ["A", "B"], "IntervalSeconds": 3, "MaxAttempts": 0, "BackoffRate": 1.5,
                   "MaxDelaySeconds": 60, "JitterStrategy": "FULL", "Comment": "first"},
                  {"ErrorEquals": ["States.ALL"]}]}""";

        // WHEN
        TaskState task = single(state, TaskState.class);

        // THEN
        then(task.retriers()).containsExactly(
                new Retrier(List.of("A", "B"), 3, 0, 1.5, 60, Retrier.JitterStrategy.FULL, "first"),
                new Retrier(List.of("States.ALL"), null, null, null, null, null, null));
        Retrier defaults = task.retriers().get(1);
        then(defaults.effectiveIntervalSeconds()).isEqualTo(1);
        then(defaults.effectiveMaxAttempts()).isEqualTo(3);
        then(defaults.effectiveBackoffRate()).isEqualTo(2.0);
        then(defaults.effectiveJitterStrategy()).isEqualTo(Retrier.JitterStrategy.NONE);
    }

    @Test
    void should_read_every_field_of_catchers_in_order() {
        // GIVEN
        String state = """
                {"Type": "Task", "Resource": "arn:x", "End": true, "Catch": [
                  {"ErrorEquals": ["A"], "Next": "H1", "ResultPath": "$.err", "Assign": {"x": 1},
                   "Comment": "c"},
                  {"ErrorEquals": ["States.ALL"], "Next": "H2", "ResultPath": null,
                   "Output": "{% $states.errorOutput %}"}]}""";

        // WHEN
        TaskState task = single(state, TaskState.class);

        // THEN
        then(task.catchers()).containsExactly(
                new Catcher(List.of("A"), "H1", PathField.of("$.err"), json("{\"x\": 1}"), null, "c"),
                new Catcher(List.of("States.ALL"), "H2", PathField.NULL, null,
                        json("\"{% $states.errorOutput %}\""), null));
    }

    @Test
    void should_read_jsonata_task_fields_including_expression_timeouts() {
        // GIVEN
        String state = """
                {"Type": "Task", "QueryLanguage": "JSONata", "Resource": "arn:aws:states:::lambda:invoke",
                 "Arguments": {"FunctionName": "f", "Payload": "{% $states.input %}"},
                 "Output": "{% $states.result.Payload %}", "Assign": {"v": "{% $states.result %}"},
                 "TimeoutSeconds": "{% $timeout %}", "HeartbeatSeconds": "{% $hb %}",
                 "Credentials": {"RoleArn": "{% $role %}"}, "End": true}""";

        // WHEN
        TaskState task = single(state, TaskState.class);

        // THEN
        then(task.queryLanguage()).isEqualTo(QueryLanguage.JSONATA);
        then(task.arguments()).isEqualTo(json("{\"FunctionName\": \"f\", \"Payload\": \"{% $states.input %}\"}"));
        then(task.output()).isEqualTo(json("\"{% $states.result.Payload %}\""));
        then(task.assign()).isEqualTo(json("{\"v\": \"{% $states.result %}\"}"));
        then(task.timeoutSeconds()).isEqualTo(NumberOrExpression.ofExpression("{% $timeout %}"));
        then(task.timeoutSeconds().isExpression()).isTrue();
        then(task.heartbeatSeconds()).isEqualTo(NumberOrExpression.ofExpression("{% $hb %}"));
        then(task.credentials()).isEqualTo(json("{\"RoleArn\": \"{% $role %}\"}"));
        then(task.parameters()).isNull();
        then(task.inputPath()).isEqualTo(PathField.ABSENT);
    }
}
