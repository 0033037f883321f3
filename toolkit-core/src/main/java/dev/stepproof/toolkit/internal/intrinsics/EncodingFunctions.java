package dev.stepproof.toolkit.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stepproof.toolkit.internal.dataflow.EvalContext;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * {@code States.Base64Encode} and {@code States.Base64Decode}. Text is UTF-8 on both sides. The alphabet is
 * the standard one with padding and without line breaks: AWS documents "MIME Base64", but a MIME encoder's
 * line breaks every 76 characters appear in no AWS example and would break round trips through other tools.
 */
final class EncodingFunctions {

    /** AWS's documented limit on the input of the Base64 functions and of States.Hash. */
    static final int MAX_INPUT_CHARS = 10_000;

    private EncodingFunctions() {
    }

    static JsonNode encode(JsonNode[] args, CallSite site, EvalContext ctx) {
        String text = limited(args, site);
        return TextNode.valueOf(Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code ""} decodes to {@code ""} [AWS-REC]. */
    static JsonNode decode(JsonNode[] args, CallSite site, EvalContext ctx) {
        String text = limited(args, site);
        try {
            return TextNode.valueOf(new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw site.fail("The string is not valid Base64: " + e.getMessage());
        }
    }

    /** @return argument 1 as a string of at most {@value #MAX_INPUT_CHARS} characters */
    static String limited(JsonNode[] args, CallSite site) {
        String text = Args.string(args, 0, site);
        if (text.length() > MAX_INPUT_CHARS) {
            throw site.fail("The input has " + text.length() + " characters, but at most " + MAX_INPUT_CHARS
                    + " are allowed");
        }
        return text;
    }
}
