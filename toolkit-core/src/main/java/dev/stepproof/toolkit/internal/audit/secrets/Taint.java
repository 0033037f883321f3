package dev.stepproof.toolkit.internal.audit.secrets;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which parts of a JSON value carry secrets, and from which states: a map from simple JSONPath ({@code $},
 * {@code $.a.b}) to the names of the states whose secrets it holds. A path marks its whole subtree. Paths StepProof
 * cannot take apart ({@code ..}, filters, wildcards) are treated as reading everything, the safe direction.
 */
final class Taint {

    private static final Pattern SIMPLE = Pattern.compile("\\$(\\.[A-Za-z0-9_-]+|\\[\\d+]|\\['[^']*'])*");

    private final Map<String, Set<String>> paths = new HashMap<>();

    static Taint clean() {
        return new Taint();
    }

    static Taint whole(Set<String> origins) {
        Taint t = new Taint();
        if (!origins.isEmpty()) {
            t.paths.put("$", new TreeSet<>(origins));
        }
        return t;
    }

    boolean isClean() {
        return paths.isEmpty();
    }

    Set<String> origins() {
        Set<String> all = new TreeSet<>();
        paths.values().forEach(all::addAll);
        return all;
    }

    /** @return {@code $.a['b'][0]} as {@code $.a.b.0}, or null when the path is not simple */
    static String normalise(String path) {
        if (path == null || !SIMPLE.matcher(path).matches()) {
            return null;
        }
        return path.replaceAll("\\['([^']*)']", ".$1").replaceAll("\\[(\\d+)]", ".$1");
    }

    private static boolean within(String inner, String outer) {
        return outer.equals("$") || inner.equals(outer) || inner.startsWith(outer + ".");
    }

    /** @return the origins of secrets in the value at {@code path} (a subtree or an enclosing tainted value) */
    Set<String> read(String path) {
        String p = normalise(path);
        if (p == null) {
            return origins();
        }
        Set<String> out = new TreeSet<>();
        paths.forEach((tainted, origins) -> {
            if (within(p, tainted) || within(tainted, p)) {
                out.addAll(origins);
            }
        });
        return out;
    }

    /** @return the taint of the value at {@code path}, rebased to {@code $} (InputPath, OutputPath, ItemsPath) */
    Taint narrow(String path) {
        String p = normalise(path);
        if (p == null) {
            return whole(origins());
        }
        Taint out = new Taint();
        paths.forEach((tainted, origins) -> {
            if (within(p, tainted)) {
                out.add("$", origins);
            } else if (within(tainted, p)) {
                out.add("$" + tainted.substring(p.length()), origins);
            }
        });
        return out;
    }

    /** @return {@code input} with {@code result} placed at {@code resultPath} (JSONPath ResultPath semantics) */
    static Taint merge(Taint input, Taint result, String resultPath) {
        String p = normalise(resultPath);
        if (p == null) {
            Taint out = input.copy();
            result.paths.forEach((k, v) -> out.add("$", v));
            return out;
        }
        if (p.equals("$")) {
            return result.copy();
        }
        Taint out = new Taint();
        input.paths.forEach((k, v) -> {
            if (!within(k, p)) {
                out.add(k, v);
            }
        });
        result.paths.forEach((k, v) -> out.add(p + k.substring(1), v));
        return out;
    }

    /** @return this taint with {@code other}'s added */
    Taint union(Taint other) {
        Taint out = copy();
        other.paths.forEach(out::add);
        return out;
    }

    void add(String path, Set<String> origins) {
        if (!origins.isEmpty()) {
            paths.computeIfAbsent(path, k -> new TreeSet<>()).addAll(origins);
        }
    }

    Taint copy() {
        Taint out = new Taint();
        paths.forEach(out::add);
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Taint t && t.paths.equals(paths);
    }

    @Override
    public int hashCode() {
        return paths.hashCode();
    }
}
