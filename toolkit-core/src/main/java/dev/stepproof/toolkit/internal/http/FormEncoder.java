package dev.stepproof.toolkit.internal.http;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * URL-encodes a JSON object as {@code Transform.RequestBodyEncoding: URL_ENCODED} asks, with AWS's four array
 * formats (for {@code {"a": ["x", "y"]}}): INDICES {@code a[0]=x&a[1]=y} (the default), REPEAT {@code a=x&a=y},
 * COMMAS {@code a=x,y}, BRACKETS {@code a[]=x&a[]=y}. Nested objects become {@code parent[child]=value}.
 */
final class FormEncoder {

    enum ArrayFormat { INDICES, REPEAT, COMMAS, BRACKETS }

    private FormEncoder() {
    }

    static String encode(JsonNode object, ArrayFormat format) {
        List<String> pairs = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            add(pairs, e.getKey(), e.getValue(), format);
        }
        return String.join("&", pairs);
    }

    private static void add(List<String> pairs, String key, JsonNode value, ArrayFormat format) {
        if (value.isObject()) {
            for (Map.Entry<String, JsonNode> e : value.properties()) {
                add(pairs, key + "[" + e.getKey() + "]", e.getValue(), format);
            }
        } else if (value.isArray()) {
            array(pairs, key, value, format);
        } else {
            pairs.add(escape(key) + "=" + escape(scalar(value)));
        }
    }

    private static void array(List<String> pairs, String key, JsonNode array, ArrayFormat format) {
        if (format == ArrayFormat.COMMAS && allScalars(array)) {
            List<String> items = new ArrayList<>();
            array.forEach(v -> items.add(escape(scalar(v))));
            pairs.add(escape(key) + "=" + String.join(",", items));
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            // Containers inside arrays need an index to stay unambiguous, whatever the format.
            String itemKey = switch (item.isContainerNode() ? ArrayFormat.INDICES : format) {
                case INDICES, COMMAS -> key + "[" + i + "]";
                case REPEAT -> key;
                case BRACKETS -> key + "[]";
            };
            add(pairs, itemKey, item, format);
        }
    }

    private static boolean allScalars(JsonNode array) {
        for (JsonNode v : array) {
            if (v.isContainerNode()) {
                return false;
            }
        }
        return true;
    }

    static String scalar(JsonNode value) {
        return value.isNull() ? "" : value.isTextual() ? value.textValue() : value.toString();
    }

    /** Percent-encodes for a query or form: spaces as %20 (URLEncoder's '+' is form-only and ambiguous in URLs). */
    static String escape(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
