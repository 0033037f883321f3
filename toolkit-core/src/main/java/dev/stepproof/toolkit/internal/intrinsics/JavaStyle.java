package dev.stepproof.toolkit.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.text.JsonText;

import java.util.Iterator;
import java.util.Map;

/**
 * Renders a value the way {@code States.Format} does on AWS, which is how Java prints the value once Jackson
 * has turned it into plain Java objects: strings unquoted, {@code null}, numbers as Java prints an Integer or a
 * Double ({@code 1}, {@code 1.1}, {@code 1.0E20}), objects as {@code Map.toString} ({@code {a=1, b=[]}}) and
 * arrays as {@code List.toString} ({@code [1, 2]}) [AWS-REC: {@code {"Arg1":1,"Arg2":[]}} became
 * {@code {Arg1=1, Arg2=[]}}].
 */
final class JavaStyle {

    private JavaStyle() {
    }

    static void render(JsonNode value, StringBuilder out) {
        switch (value.getNodeType()) {
            case STRING:
                out.append(value.textValue());
                break;
            case NUMBER:
                number(value, out);
                break;
            case OBJECT:
                object(value, out);
                break;
            case ARRAY:
                array(value, out);
                break;
            case NULL:
                out.append("null");
                break;
            default:
                out.append(value.asText());
        }
    }

    private static void number(JsonNode value, StringBuilder out) {
        if (value.isIntegralNumber()) {
            out.append(value.canConvertToLong() ? Long.toString(value.longValue()) : value.bigIntegerValue().toString());
        } else if (value.isFloat()) {
            out.append(JsonText.number(value.floatValue()));
        } else {
            // Doubles and BigDecimals alike: AWS reads JSON numbers with fractions as doubles.
            out.append(JsonText.number(value.doubleValue()));
        }
    }

    private static void object(JsonNode value, StringBuilder out) {
        out.append('{');
        boolean first = true;
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append(e.getKey()).append('=');
            render(e.getValue(), out);
        }
        out.append('}');
    }

    private static void array(JsonNode value, StringBuilder out) {
        out.append('[');
        for (int i = 0; i < value.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            render(value.get(i), out);
        }
        out.append(']');
    }
}
