package dev.stepproof.toolkit.internal.validate;

import java.util.Optional;

/**
 * Syntax checks of the expressions embedded in a definition. Each method returns an explanation when
 * the text is not valid, empty when it is; none throws.
 */
public interface ExpressionChecker {

    /** A JSONPath as InputPath, OutputPath, ItemsPath or a Choice Variable accept ({@code $…}, {@code $$…}, {@code $var…}). */
    Optional<String> jsonPath(String text);

    /** A reference path: one node, member and index access only ({@code ResultPath}, {@code …Path} fields). */
    Optional<String> referencePath(String text);

    /** The value of a {@code .$} key in a payload template: a path, a context path, a variable or an intrinsic call. */
    Optional<String> payloadExpression(String text);

    /** The value of Fail {@code ErrorPath}/{@code CausePath}: a reference path or one of the intrinsics AWS allows there. */
    Optional<String> failPath(String text);

    /** A string that starts with {@code {%}: must be a whole {@code {% expression %}} whose expression parses as JSONata. */
    Optional<String> jsonataTemplate(String text);
}
