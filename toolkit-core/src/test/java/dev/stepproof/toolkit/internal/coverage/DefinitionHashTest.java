package dev.stepproof.toolkit.internal.coverage;

import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.model.StateMachine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.BDDAssertions.then;

/** The canonical JSON a machine's identity is hashed from. */
class DefinitionHashTest {

    private static StateMachine read(String json) {
        return DefinitionReader.standard().read(json, "test.asl.json").orElseThrow();
    }

    @Test
    void should_ignore_key_order_inside_payload_templates() {
        // GIVEN
        StateMachine ab = read("{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"Parameters\": {\"a\": 1, \"b\": {\"y\": 2, \"x\": 3}}, \"End\": true}}}");
        StateMachine ba = read("{\"States\": {\"P\": {\"End\": true, \"Parameters\": {\"b\": {\"x\": 3, \"y\": 2}, \"a\": 1}, \"Type\": \"Pass\"}}, \"StartAt\": \"P\"}");
        // WHEN
        String canonical = DefinitionHash.canonicalJson(ab);
        // THEN
        then(DefinitionHash.canonicalJson(ba)).isEqualTo(canonical);
        then(canonical).contains("\"parameters\":{\"a\":1,\"b\":{\"x\":3,\"y\":2}}");
        then(DefinitionHash.of(ba)).isEqualTo(DefinitionHash.of(ab)).hasSize(64);
    }

    @Test
    void should_tell_apart_state_types_whose_fields_are_alike() {
        // GIVEN a Succeed and a Pass with End: the models differ in type more than in fields
        StateMachine succeed = read("{\"StartAt\": \"S\", \"States\": {\"S\": {\"Type\": \"Succeed\"}}}");
        StateMachine pass = read("{\"StartAt\": \"S\", \"States\": {\"S\": {\"Type\": \"Pass\", \"End\": true}}}");
        // THEN
        then(DefinitionHash.canonicalJson(succeed)).contains("\"@type\":\"SucceedState\"");
        then(DefinitionHash.of(pass)).isNotEqualTo(DefinitionHash.of(succeed));
    }

    @Test
    void should_change_with_any_choice_rule() {
        // GIVEN
        String template = "{\"StartAt\": \"C\", \"States\": {\"C\": {\"Type\": \"Choice\", \"Default\": \"D\", \"Choices\": "
                + "[{\"Variable\": \"$.n\", \"NumericGreaterThan\": %s, \"Next\": \"D\"}]}, \"D\": {\"Type\": \"Succeed\"}}}";
        // THEN
        then(DefinitionHash.of(read(String.format(template, "1")))).isNotEqualTo(DefinitionHash.of(read(String.format(template, "2"))));
    }
}
