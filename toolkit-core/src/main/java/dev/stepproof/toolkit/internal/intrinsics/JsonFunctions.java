package dev.stepproof.toolkit.internal.intrinsics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stepproof.toolkit.internal.dataflow.EvalContext;
import dev.stepproof.toolkit.internal.text.JsonText;

/** {@code States.StringToJson}, {@code States.JsonToString} and {@code States.JsonMerge}. */
final class JsonFunctions {

    /**
     * Immutable and thread-safe, so sharing it is not shared mutable state. Default number handling (doubles
     * for fractions) is what AWS's Java service does, and what the interpreter's own parser does; trailing
     * tokens fail as they would for any JSON text ({@code "1 2"} is not a JSON value).
     */
    private static final ObjectReader READER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build().reader();

    private JsonFunctions() {
    }

    /** {@code States.StringToJson(string)}: {@code ""} and {@code " "} give null, {@code "-0"} gives 0 [AWS-REC]. */
    static JsonNode stringToJson(JsonNode[] args, CallSite site, EvalContext ctx) {
        String text = Args.string(args, 0, site);
        try {
            JsonNode parsed = READER.readTree(text);
            return parsed == null || parsed.isMissingNode() ? NullNode.getInstance() : parsed;
        } catch (JsonProcessingException e) {
            throw site.fail("The string is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** {@code States.JsonToString(value)}: compact, no spaces [AWS-REC: {@code {"Arg1":1,"Arg2":[]}}]. */
    static JsonNode jsonToString(JsonNode[] args, CallSite site, EvalContext ctx) {
        return TextNode.valueOf(JsonText.compact(args[0]));
    }

    /**
     * {@code States.JsonMerge(a, b, false)}: shallow; keys of {@code b} replace those of {@code a}, nested objects
     * whole [AWS-REC]. Deep merging ({@code true}) is unsupported on AWS and fails.
     */
    static JsonNode merge(JsonNode[] args, CallSite site, EvalContext ctx) {
        JsonNode first = Args.object(args, 0, site);
        JsonNode second = Args.object(args, 1, site);
        if (Args.bool(args, 2, site)) {
            throw site.fail("Deep merging is not supported; the third argument must be false");
        }
        ObjectNode out = Nodes.FACTORY.objectNode();
        out.setAll((ObjectNode) first);
        out.setAll((ObjectNode) second);
        return out;
    }
}
