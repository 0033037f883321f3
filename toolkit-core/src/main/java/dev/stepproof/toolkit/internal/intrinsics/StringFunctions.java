package dev.stepproof.toolkit.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stepproof.toolkit.internal.dataflow.EvalContext;

import java.util.UUID;
import java.util.random.RandomGenerator;

/** {@code States.StringSplit} and {@code States.UUID}. */
final class StringFunctions {

    private StringFunctions() {
    }

    /**
     * {@code States.StringSplit(string, delimiters)}: every character of {@code delimiters} separates, and empty
     * tokens are dropped [AWS-REC: {@code (",,,,", ",")} → {@code []}; {@code ("This.is+a,test=string", ".+,=")}
     * → five words]. Characters are code points, so a delimiter outside the BMP works too.
     */
    static JsonNode split(JsonNode[] args, CallSite site, EvalContext ctx) {
        String text = Args.string(args, 0, site);
        String delimiters = Args.string(args, 1, site);
        ArrayNode out = Nodes.array(8);
        int tokenStart = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (delimiters.indexOf(cp) >= 0) {
                addToken(out, text, tokenStart, i);
                tokenStart = next;
            }
            i = next;
        }
        addToken(out, text, tokenStart, text.length());
        return out;
    }

    private static void addToken(ArrayNode out, String text, int start, int end) {
        if (end > start) {
            out.add(TextNode.valueOf(text.substring(start, end)));
        }
    }

    /**
     * {@code States.UUID()}: a version-4 UUID whose 122 random bits come from the execution's seeded random
     * source, so the same seed gives the same UUIDs.
     */
    static JsonNode uuid(JsonNode[] args, CallSite site, EvalContext ctx) {
        RandomGenerator random = ctx.random();
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return TextNode.valueOf(new UUID(msb, lsb).toString());
    }
}
