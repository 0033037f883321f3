package dev.stepproof.toolkit.internal.conformance;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares an outcome with a case's {@code expected} as the corpus README §1.3 says: ISO date-times in the actual
 * values become {@code date}, volatile values only need to exist (and match their pattern, for causes), numbers
 * compare by value, object member order is irrelevant.
 */
final class RecordedComparison {

    private static final Pattern ISO_DATE = Pattern.compile("(?:[1-9]\\d{3}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\\d|2[0-8])"
            + "|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[1-9]\\d(?:0[48]|[2468][048]|[13579][26])"
            + "|(?:[2468][048]|[13579][26])00)-02-29)T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?"
            + "(?:Z|[+-][01]\\d:?([0-5]\\d)?)");
    private static final Pattern TOKEN = Pattern.compile("<[A-Za-z][A-Za-z0-9_\\-.]*(?::[0-9]+)?>");
    private static final TextNode MASK = TextNode.valueOf("<volatile>");

    private RecordedComparison() {
    }

    /** @return what differs, empty when the outcome matches */
    static List<String> differences(JsonNode expected, PassChainRunner.Outcome actual) {
        List<String> problems = new ArrayList<>();
        if (!expected.path("status").asText().equals(actual.status())) {
            problems.add("status " + actual.status() + " (" + actual.error() + ": " + actual.cause() + ")");
            return problems;
        }
        if (actual.status().equals("SUCCEEDED")) {
            JsonNode want = expected.path("output").deepCopy();
            JsonNode got = normalise(actual.output().deepCopy());
            for (JsonNode v : expected.path("volatile")) {
                if (v.path("field").asText().equals("output")) {
                    String pointer = v.path("pointer").asText();
                    if (got.at(pointer).isMissingNode()) {
                        problems.add("no value at volatile pointer " + pointer);
                    }
                    want = mask(want, pointer);
                    got = mask(got, pointer);
                }
            }
            if (!sameJson(want, got)) {
                problems.add("output " + got + " instead of " + want);
            }
            return problems;
        }
        if (!expected.path("error").asText().equals(actual.error())) {
            problems.add("error " + actual.error() + " instead of " + expected.path("error").asText());
        }
        String cause = expected.path("cause").asText();
        String pattern = causePattern(expected);
        boolean causeOk = pattern != null ? matches(pattern, actual.cause()) : cause.equals(actual.cause());
        if (!causeOk) {
            problems.add("cause [" + actual.cause() + "] instead of [" + (pattern != null ? pattern : cause) + "]");
        }
        return problems;
    }

    private static String causePattern(JsonNode expected) {
        for (JsonNode v : expected.path("volatile")) {
            if (v.path("field").asText().equals("cause") && v.path("pointer").asText().isEmpty()) {
                return v.path("pattern").asText(".*");
            }
        }
        return null;
    }

    private static boolean matches(String pattern, String text) {
        StringBuilder regex = new StringBuilder();
        Matcher m = TOKEN.matcher(pattern);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(pattern.substring(last, m.start()))).append("(?s:.*)");
            last = m.end();
        }
        regex.append(Pattern.quote(pattern.substring(last)));
        return text != null && Pattern.matches(regex.toString(), text);
    }

    private static JsonNode mask(JsonNode root, String pointer) {
        if (pointer.isEmpty()) {
            return MASK;
        }
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = root.at(p.head());
        String last = p.last().getMatchingProperty();
        if (parent instanceof ObjectNode o && o.has(last)) {
            o.set(last, MASK);
        } else if (parent instanceof ArrayNode a && p.last().getMatchingIndex() >= 0 && p.last().getMatchingIndex() < a.size()) {
            a.set(p.last().getMatchingIndex(), MASK);
        }
        return root;
    }

    private static JsonNode normalise(JsonNode node) {
        if (node.isTextual()) {
            return TextNode.valueOf(ISO_DATE.matcher(node.textValue()).replaceAll("date"));
        }
        if (node instanceof ObjectNode o) {
            ObjectNode out = o.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.set(ISO_DATE.matcher(e.getKey()).replaceAll("date"), normalise(e.getValue()));
            }
            return out;
        }
        if (node instanceof ArrayNode a) {
            ArrayNode out = a.arrayNode();
            a.forEach(item -> out.add(normalise(item)));
            return out;
        }
        return node;
    }

    /** Deep equality with numbers by value (1 equals 1.0) and member order ignored. */
    static boolean sameJson(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return new BigDecimal(a.asText()).compareTo(new BigDecimal(b.asText())) == 0;
        }
        if (a.getNodeType() != b.getNodeType() || a.size() != b.size()) {
            return false;
        }
        if (a.isArray()) {
            for (int i = 0; i < a.size(); i++) {
                if (!sameJson(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!b.has(e.getKey()) || !sameJson(e.getValue(), b.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }
}
