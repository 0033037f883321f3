package dev.stepproof.toolkit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.dataflow.EvalContext;
import dev.stepproof.toolkit.internal.path.JsonPathExpr;
import dev.stepproof.toolkit.internal.path.Parsed;
import dev.stepproof.toolkit.internal.path.ReferencePath;
import dev.stepproof.toolkit.internal.path.SyntaxError;

import static org.assertj.core.api.BDDAssertions.then;

/**
 * JSONPath and Reference Path compilation on arbitrary text, and evaluation of whatever compiles against a small
 * fixed document, context object and variables: compiling returns a value or a located syntax error, evaluating
 * returns a result, writing returns done or why not. None of them throws.
 */
class PathFuzzTest {

    @FuzzTest(maxDuration = Fixtures.SHORT_CAMPAIGN)
    void compile_and_evaluate(byte[] data) {
        String text = Fixtures.text(data);
        Parsed<JsonPathExpr> path = check(text, JsonPathExpr.compile(text));
        Parsed<JsonPathExpr> reference = check(text, ReferencePath.compile(text));
        check(text, ReferencePath.compileInputRooted(text));
        if (reference.isOk()) {
            then(path.isOk()).as("a Reference Path is a JSONPath: %s", text).isTrue();
        }
        if (path instanceof Parsed.Ok<JsonPathExpr> ok) {
            evaluate(ok.value());
        }
    }

    private static Parsed<JsonPathExpr> check(String text, Parsed<JsonPathExpr> parsed) {
        then(parsed).isNotNull();
        if (parsed instanceof Parsed.Err<JsonPathExpr> err) {
            SyntaxError error = err.error();
            then(error.offset()).as("offset of '%s' in %s", error, text).isBetween(0, text.length());
        }
        return parsed;
    }

    private static void evaluate(JsonPathExpr path) {
        EvalContext context = Fixtures.context();
        then(path.evaluate(context.input())).isNotNull();
        then(path.evaluate(context)).isNotNull();
        then(path.toString()).isNotNull();
        JsonNode target = Fixtures.document();
        then(path.set(target, Fixtures.json("{\"written\": true}"))).isNotNull();
        then(path.evaluate(target)).isNotNull();
    }
}
