package dev.stepproof.toolkit.internal.mock;

import dev.stepproof.toolkit.internal.text.EditDistance;

import dev.stepproof.toolkit.spi.TaskInvocation;

import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The call's Resource equals a text, matches a glob ({@code *} stands for any run of characters, colons
 * included) or matches a regular expression (the whole resource must match).
 *
 * @param text  the text, glob or regular expression as the user gave it
 * @param kind  how {@code text} is compared
 * @param regex the compiled form (for EXACT a quoted literal)
 * @param label the DSL call, e.g. {@code forResource("arn:aws:states:::dynamodb:*")}
 */
public record ResourceCriterion(String text, Kind kind, Pattern regex, String label) implements Criterion {

    /** How the resource text is compared. */
    public enum Kind { EXACT, GLOB, REGEX }

    public ResourceCriterion {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(regex, "regex");
        Objects.requireNonNull(label, "label");
    }

    /** @param arnOrGlob an exact ARN, or a glob when it contains {@code *}; never null or empty */
    public static ResourceCriterion glob(String arnOrGlob, String label) {
        Objects.requireNonNull(arnOrGlob, "resource must not be null");
        if (arnOrGlob.isEmpty()) {
            throw new IllegalArgumentException(label + ": the resource pattern must not be empty");
        }
        if (arnOrGlob.indexOf('*') < 0) {
            return new ResourceCriterion(arnOrGlob, Kind.EXACT, Pattern.compile(Pattern.quote(arnOrGlob)), label);
        }
        StringJoiner regex = new StringJoiner(".*");
        for (String part : arnOrGlob.split("\\*", -1)) {
            regex.add(Pattern.quote(part));
        }
        return new ResourceCriterion(arnOrGlob, Kind.GLOB, Pattern.compile(regex.toString(), Pattern.DOTALL), label);
    }

    /** @param pattern a regular expression the whole resource must match; never null */
    public static ResourceCriterion regex(Pattern pattern, String label) {
        Objects.requireNonNull(pattern, "pattern must not be null");
        return new ResourceCriterion(pattern.pattern(), Kind.REGEX, pattern, label);
    }

    @Override
    public Optional<Mismatch> test(TaskInvocation call) {
        String resource = call.resource();
        if (regex.matcher(resource).matches()) {
            return Optional.empty();
        }
        String literal = kind == Kind.GLOB ? text.replace("*", "") : text;
        int distance = EditDistance.between(literal, resource);
        return Optional.of(new Mismatch(switch (kind) {
            case EXACT -> "resource expected " + text + " but was " + resource;
            case GLOB -> "resource " + resource + " does not match glob " + text;
            case REGEX -> "resource " + resource + " does not match regex " + text;
        }, distance));
    }
}
