package dev.stepproof.toolkit.internal.validate;

import dev.stepproof.toolkit.internal.intrinsics.PayloadExpressions;
import dev.stepproof.toolkit.internal.jsonata.JsonataTemplates;
import dev.stepproof.toolkit.internal.path.JsonPathExpr;
import dev.stepproof.toolkit.internal.path.Parsed;
import dev.stepproof.toolkit.internal.path.ReferencePath;
import dev.stepproof.toolkit.internal.path.SyntaxError;

import java.util.Optional;

/** The validator's view of the expression compilers: each check compiles and reports the syntax error, if any. */
final class DefaultExpressionChecker implements ExpressionChecker {

    @Override
    public Optional<String> jsonPath(String text) {
        return describe(JsonPathExpr.compile(text));
    }

    @Override
    public Optional<String> referencePath(String text) {
        return describe(ReferencePath.compile(text));
    }

    @Override
    public Optional<String> payloadExpression(String text) {
        return PayloadExpressions.check(text);
    }

    @Override
    public Optional<String> failPath(String text) {
        return PayloadExpressions.checkFailPath(text);
    }

    @Override
    public Optional<String> jsonataTemplate(String text) {
        return JsonataTemplates.check(text);
    }

    private static Optional<String> describe(Parsed<?> parsed) {
        return parsed.failure().map(DefaultExpressionChecker::describe);
    }

    private static String describe(SyntaxError e) {
        return e.offset() >= 0 ? e.message() + " (at character " + (e.offset() + 1) + ")" : e.message();
    }
}
