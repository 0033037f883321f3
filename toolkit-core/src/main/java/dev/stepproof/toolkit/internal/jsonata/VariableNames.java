package dev.stepproof.toolkit.internal.jsonata;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The {@code $name}s an expression may read, found in its text once, when it is compiled, so that an
 * evaluation binds only those. JSONata has no way to reach a variable by a computed name ({@code $eval} is
 * removed), so every variable an expression reads is written in it; a {@code $} inside a string literal adds
 * a name that is never read, which costs nothing.
 */
final class VariableNames {
    /** Where jsonata-java's tokenizer ends a name: white space and the one-character operators. */
    private static final String ENDS_NAME = " \t\n\r.[]{}(),@#;:?+-*/%|=<>^&!~";

    private VariableNames() {
    }

    /** @return the names after each {@code $}, without the {@code $}, in order of appearance; never null */
    static Set<String> in(String expression) {
        Set<String> names = new LinkedHashSet<>();
        int i = expression.indexOf('$');
        while (i >= 0) {
            int end = i + 1;
            while (end < expression.length() && ENDS_NAME.indexOf(expression.charAt(end)) < 0) {
                end++;
            }
            String name = expression.substring(i + 1, end);
            if (!name.isEmpty() && !name.startsWith("$")) {
                names.add(name);
            }
            i = expression.indexOf('$', Math.max(end, i + 1));
        }
        return names;
    }
}
