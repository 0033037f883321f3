package dev.stepproof.toolkit.internal.jsonata;

import com.dashjoin.jsonata.JException;

import java.util.regex.Pattern;

/**
 * jsonata-java's error messages in the words of jsonata-js, which AWS runs. The Java port's message catalog
 * replaced the word "function" by "Object" throughout, and quotes every inserted value, where JavaScript
 * prints an argument index as a bare number: AWS says {@code T0410: Argument 1 of function "abs" does not
 * match function signature} where jsonata-java says {@code Argument "1" of Object "abs" does not match Object
 * signature}.
 */
final class EngineMessages {
    private static final Pattern QUOTED_INDEX = Pattern.compile("Argument \"(\\d+)\"");

    private EngineMessages() {
    }

    static String of(JException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        return QUOTED_INDEX.matcher(message.replace("Object", "function")).replaceAll("Argument $1");
    }
}
