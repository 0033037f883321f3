package dev.stepproof.junit.engine;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

/**
 * A glob from {@link Constants#SCENARIOS_INCLUDE} or {@link Constants#MOCK_CONFIG_INCLUDE}, matched against resource
 * names and absolute paths.
 */
final class IncludeGlob {

    private static final String ANY_FOLDER = "**/";

    private final String pattern;
    private final PathMatcher matcher;
    /** Java's {@code **}{@code /} needs at least one folder; users expect it to match top-level names too. */
    private final PathMatcher topLevel;

    /** @throws IllegalArgumentException when {@code pattern} is not a valid glob */
    IncludeGlob(String pattern) {
        this.pattern = pattern;
        this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        this.topLevel = pattern.startsWith(ANY_FOLDER)
                ? FileSystems.getDefault().getPathMatcher("glob:" + pattern.substring(ANY_FOLDER.length())) : null;
    }

    /** @param name a classpath resource name ({@code a/b/c.yaml}) or an absolute path */
    boolean matches(String name) {
        Path path = Path.of(name);
        return matcher.matches(path) || topLevel != null && topLevel.matches(path);
    }

    String pattern() {
        return pattern;
    }

    @Override
    public String toString() {
        return pattern;
    }
}
