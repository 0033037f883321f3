package dev.stepproof.toolkit.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The corpus's normalisation rules (conformance README §1.3): ISO date-times become the word {@code date}, and
 * placeholder tokens ({@code <region>}, {@code <uuid:1>}) in recorded strings stand for any text.
 */
final class Normalisation {

    /** README §1.3 step 2, verbatim: what LocalStack's snapshots replaced with {@code date}. */
    static final Pattern ISO_DATE = Pattern.compile(
            "(?:[1-9]\\d{3}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)"
                    + "|(?:[1-9]\\d(?:0[48]|[2468][048]|[13579][26])|(?:[2468][048]|[13579][26])00)-02-29)"
                    + "T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-][01]\\d:?([0-5]\\d)?)");

    /** README §1.3 step 3: a placeholder token in a recorded string. */
    static final Pattern TOKEN = Pattern.compile("<[A-Za-z][A-Za-z0-9_\\-.]*(?::[0-9]+)?>");

    private Normalisation() {
    }

    /** @return {@code text} with every ISO date-time replaced by {@code date}; null stays null */
    static String dates(String text) {
        return text == null ? null : ISO_DATE.matcher(text).replaceAll("date");
    }

    /** @return a copy of {@code node} with dates replaced in every string value and object key, at any depth */
    static JsonNode dates(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return JsonNodeFactory.instance.textNode(dates(node.textValue()));
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                copy.set(dates(field.getKey()), dates(field.getValue()));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode(node.size());
            node.forEach(item -> copy.add(dates(item)));
            return copy;
        }
        return node.deepCopy();
    }

    /**
     * @param recorded a recorded string, possibly with placeholder tokens
     * @param actual   the actual (normalised) string
     * @return whether {@code actual} is {@code recorded} with each token replaced by some text
     */
    static boolean matches(String recorded, String actual) {
        Matcher token = TOKEN.matcher(recorded);
        if (!token.find()) {
            return recorded.equals(actual);
        }
        return toPattern(recorded).matcher(actual).matches();
    }

    /** Tokens become {@code .*} (any text, line breaks included); everything else is literal. */
    static Pattern toPattern(String recorded) {
        StringBuilder regex = new StringBuilder();
        Matcher token = TOKEN.matcher(recorded);
        int last = 0;
        while (token.find()) {
            regex.append(Pattern.quote(recorded.substring(last, token.start()))).append(".*");
            last = token.end();
        }
        regex.append(Pattern.quote(recorded.substring(last)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
