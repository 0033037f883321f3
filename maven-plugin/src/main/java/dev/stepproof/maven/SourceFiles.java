package dev.stepproof.maven;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files under a directory that match include globs and no exclude glob, as Maven users write them
 * ({@code **}{@code /*.asl.json}); sorted, so goals report in a stable order on every platform.
 */
final class SourceFiles {
    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;

    SourceFiles(List<String> includes, List<String> excludes) {
        this.includes = matchers(includes);
        this.excludes = matchers(excludes);
    }

    /**
     * Maven sets a list parameter that has a user property to an empty list when the property is not set, which
     * would replace a field's default list; so an empty {@code includes} means {@code defaultIncludes}.
     */
    static SourceFiles of(List<String> includes, List<String> defaultIncludes, List<String> excludes) {
        return new SourceFiles(includes == null || includes.isEmpty() ? defaultIncludes : includes, excludes);
    }

    /**
     * @return the matching regular files under {@code root}, sorted; empty when {@code root} is not a directory
     * @throws IOException when the directory cannot be listed
     */
    List<Path> find(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> matches(root.relativize(p)))
                    .sorted()
                    .toList();
        }
    }

    /** @return whether a path relative to the root is included and not excluded */
    boolean matches(Path relative) {
        return anyMatch(includes, relative) && !anyMatch(excludes, relative);
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> list = new ArrayList<>();
        for (String g : globs == null ? List.<String>of() : globs) {
            list.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
            if (g.startsWith("**/")) {
                // "**/x" should also match "x" at the top, as Maven users expect from Ant-style globs.
                list.add(FileSystems.getDefault().getPathMatcher("glob:" + g.substring(3)));
            }
        }
        return list;
    }

    private static boolean anyMatch(List<PathMatcher> matchers, Path relative) {
        return matchers.stream().anyMatch(m -> m.matches(relative));
    }
}
