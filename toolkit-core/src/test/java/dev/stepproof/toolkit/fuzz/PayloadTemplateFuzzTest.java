package dev.stepproof.toolkit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.stepproof.toolkit.internal.dataflow.PayloadTemplate;
import dev.stepproof.toolkit.internal.dataflow.StatesError;

import static org.assertj.core.api.BDDAssertions.then;

/**
 * JSONPath payload templates ({@code Parameters}, {@code ResultSelector}, {@code ItemSelector}, {@code Assign}):
 * text that is JSON is the template; any other text becomes the value of one {@code "value.$"} key. Compiling never
 * throws, and evaluating yields a payload or a {@link StatesError}, the documented runtime result.
 */
class PayloadTemplateFuzzTest {

    @FuzzTest(maxDuration = Fixtures.SHORT_CAMPAIGN)
    void compile_and_evaluate(byte[] data) {
        String text = Fixtures.text(data);
        JsonNode template = Fixtures.jsonOrNull(text);
        if (template == null) {
            template = JsonNodeFactory.instance.objectNode().put("value.$", text);
        }
        evaluate(PayloadTemplate.compile(template));
        evaluate(PayloadTemplate.compile(template, StatesError.QUERY_EVALUATION_ERROR));
    }

    private static void evaluate(PayloadTemplate template) {
        try {
            then(template.evaluate(Fixtures.context())).isNotNull();
        } catch (StatesError expected) {
            then(expected.error()).isNotBlank();
        }
    }
}
