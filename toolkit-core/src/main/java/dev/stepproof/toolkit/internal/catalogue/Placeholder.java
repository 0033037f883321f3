package dev.stepproof.toolkit.internal.catalogue;

import java.util.List;

/**
 * One {@code ${name}}, {@code ${name:arg}} or {@code ${name:arg:arg|default}} in a template string of the data
 * file. Arguments are separated by {@code :}; the text after the first {@code |} is the default used when the
 * argument's source is absent (it may contain braces, e.g. {@code ${jsonText:Input|{}}}).
 */
record Placeholder(String name, List<String> args, String fallback) {

    static Placeholder parse(String inside) {
        String body = inside;
        String fallback = null;
        int bar = inside.indexOf('|');
        if (bar >= 0) {
            body = inside.substring(0, bar);
            fallback = inside.substring(bar + 1);
        }
        int colon = body.indexOf(':');
        if (colon < 0) {
            return new Placeholder(body, List.of(), fallback);
        }
        return new Placeholder(body.substring(0, colon), List.of(body.substring(colon + 1).split(":", -1)), fallback);
    }

    /** @return argument {@code i}; a data-file error (caught by the catalogue tests) when it is missing */
    String arg(int i) {
        if (i >= args.size()) {
            throw new IllegalStateException("catalogue.json: ${" + name + "} needs " + (i + 1) + " argument(s)");
        }
        return args.get(i);
    }

    /**
     * Finds the end of the placeholder that starts at {@code open} ({@code "${"}): the matching close brace,
     * counting nested braces in a default.
     *
     * @return the index of the closing brace, or -1 when it is not closed
     */
    static int end(String text, int open) {
        int depth = 0;
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
