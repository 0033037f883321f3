package dev.stepproof.toolkit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.stepproof.toolkit.internal.jsonata.JsonataTemplate;
import dev.stepproof.toolkit.internal.jsonata.JsonataTemplates;
import dev.stepproof.toolkit.internal.path.Parsed;

import static org.assertj.core.api.BDDAssertions.then;

/**
 * JSONata templates ({@code "{% expression %}"}) on arbitrary text: checking returns a message or nothing and
 * compiling returns a template or a located error, never an exception. Text that is not a template is also checked
 * wrapped as one, so the fuzzer reaches the JSONata parser itself.
 */
class JsonataFuzzTest {

    @FuzzTest(maxDuration = Fixtures.SHORT_CAMPAIGN)
    void check_template(byte[] data) {
        String text = Fixtures.text(data);
        check(text);
        if (!JsonataTemplates.looksLikeTemplate(text)) {
            check("{% " + text + " %}");
        }
    }

    private static void check(String text) {
        then(JsonataTemplates.check(text)).isNotNull();
        Parsed<JsonataTemplate> compiled = JsonataTemplates.compile(text);
        then(compiled).isNotNull();
        compiled.failure().ifPresent(error -> then(error.offset()).as("offset of '%s' in %s", error, text)
                .isBetween(0, text.length()));
    }
}
