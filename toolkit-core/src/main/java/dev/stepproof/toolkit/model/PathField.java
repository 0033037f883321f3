package dev.stepproof.toolkit.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A JSONPath-mode path field where ASL distinguishes absent from {@code null}: {@code InputPath},
 * {@code OutputPath}, {@code ResultPath} (also on catchers). Absent means {@code "$"}; JSON {@code null}
 * means "{@code {}}" for InputPath/OutputPath and "discard the result, keep the raw input" for ResultPath.
 *
 * @param kind which of the three forms the definition used, never null
 * @param path the path text when {@code kind} is {@link Kind#PATH}, otherwise {@code null}
 * @since 0.1.0
 */
public record PathField(Kind kind, String path) {

    /**
     * The three ways a definition can give a path field.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** The field is not in the definition. */
        ABSENT,
        /** The field is present with the JSON value {@code null}. */
        NULL,
        /** The field holds a path string. */
        PATH
    }

    /** The field is absent: behaves as {@code "$"}. */
    public static final PathField ABSENT = new PathField(Kind.ABSENT, null);

    /** The field is JSON {@code null}. */
    public static final PathField NULL = new PathField(Kind.NULL, null);

    public PathField {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.PATH) != (path != null)) {
            throw new IllegalArgumentException("path must be set exactly when kind is PATH, but kind was "
                    + kind + " and path was " + path);
        }
    }

    /**
     * @param path the path text, never null
     * @return a field holding {@code path}
     */
    public static PathField of(String path) {
        return new PathField(Kind.PATH, Objects.requireNonNull(path, "path"));
    }

    /** @return whether the field is absent (behaves as {@code "$"}) */
    public boolean isAbsent() {
        return kind == Kind.ABSENT;
    }

    /** @return whether the field is JSON {@code null} */
    public boolean isNull() {
        return kind == Kind.NULL;
    }

    /**
     * @return the path to apply: the written path, {@code "$"} when absent, or empty when the field is
     *         {@code null} (the caller then applies the null rule of that field)
     */
    public Optional<String> effectivePath() {
        return switch (kind) {
            case ABSENT -> Optional.of("$");
            case PATH -> Optional.of(path);
            case NULL -> Optional.empty();
        };
    }
}
