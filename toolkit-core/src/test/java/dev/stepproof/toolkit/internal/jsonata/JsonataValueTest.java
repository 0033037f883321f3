package dev.stepproof.toolkit.internal.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static dev.stepproof.toolkit.internal.jsonata.TestScope.json;
import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

/** JSON values with templates at any depth: what is evaluated, what stays literal, how locations read. */
class JsonataValueTest {

    private static final TestScope SCOPE = TestScope.input("{'id': 7, 'tags': ['a', 'b']}");

    @Test
    void should_evaluate_templates_at_any_depth_and_keep_everything_else_literal() {
        // GIVEN
        JsonNode template = json("{'id': '{% $states.input.id %}', 'list': [1, '{% $states.input.tags[1] %}'],"
                + " 'literal': ' {% not evaluated %} ', 'path': '$.id', 'deep': {'x': null}}");
        // WHEN
        JsonNode value = JsonataValue.compile(template, "Arguments").evaluate(SCOPE);
        // THEN
        then(value).isEqualTo(json("{'id': 7, 'list': [1, 'b'], 'literal': ' {% not evaluated %} ', 'path': '$.id',"
                + " 'deep': {'x': null}}"));
    }

    @Test
    void should_return_template_free_values_as_written() {
        // GIVEN
        JsonNode literal = json("{'a': [1, 2], 'b': 'x'}");
        // WHEN
        JsonataValue compiled = JsonataValue.compile(literal, "Output");
        // THEN
        then(compiled.evaluate(SCOPE)).isSameAs(literal);
        then(compiled.expression()).isNull();
        then(JsonataValue.compile(null, "Output")).isNull();
    }

    @Test
    void should_name_each_template_by_its_place_in_the_field() {
        // GIVEN
        JsonataValue compiled = JsonataValue.compile(json("{'Payload': {'ids': [1, 2, '{% $nope %}']}}"), "Arguments");
        // WHEN
        JsonataError error = (JsonataError) catchThrowable(() -> compiled.evaluate(SCOPE));
        // THEN
        then(error.location()).isEqualTo("Arguments/Payload/ids[2]");
        then(error.causeText()).isEqualTo("The JSONata expression '$nope' specified for the field "
                + "'Arguments/Payload/ids[2]' returned nothing (undefined).");
    }

    @Test
    void should_expose_a_whole_field_expression() {
        // GIVEN / WHEN
        JsonataValue compiled = JsonataValue.compile(json("'{%   $states.input.id   %}'"), "Items");
        // THEN
        then(compiled.expression().text()).isEqualTo("$states.input.id");
        then(compiled.expression().location()).isEqualTo("Items");
    }
}
