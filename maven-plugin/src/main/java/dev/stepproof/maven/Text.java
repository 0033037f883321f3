package dev.stepproof.maven;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.Locale;

/** Wording shared by the goals: paths shown relative to the project, counted nouns, JSON values described. */
final class Text {
    private Text() {
    }

    /**
     * @return {@code path} relative to {@code base} when it is an absolute path inside it, else as given; so a
     *         message says {@code src/main/resources/orders.asl.json} wherever the project is checked out
     */
    static String shown(Path base, String path) {
        Path p;
        try {
            p = Path.of(path);
        } catch (RuntimeException notAPath) { // e.g. "<string>" labels on Windows
            return path;
        }
        return p.isAbsolute() && p.startsWith(base) ? base.relativize(p).toString() : path;
    }

    /** @return {@code n} and the noun, plural unless {@code n == 1}: "1 file", "2 files" */
    static String count(long n, String noun) {
        return n + " " + (n == 1 ? noun : plural(noun));
    }

    private static String plural(String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        return lower.endsWith("s") ? noun + "es" : noun + "s";
    }

    /** @return e.g. {@code the number 2}, {@code an object}, {@code nothing}: what was found, for the message */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        String text = node.toString();
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return switch (node.getNodeType()) {
            case OBJECT, POJO -> "an object";
            case ARRAY -> "an array";
            case STRING -> "the string " + shown;
            case NUMBER -> "the number " + shown;
            default -> shown; // true, false, null
        };
    }
}
