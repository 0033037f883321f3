package dev.stepproof.toolkit.internal.path;

/**
 * Unwinds a parser to its entry point, where it becomes a {@link Parsed.Err}; it never escapes the
 * package's public methods.
 */
final class PathSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient SyntaxError error;

    PathSyntaxException(SyntaxError error) {
        super(error.message(), null, false, false);
        this.error = error;
    }

    SyntaxError error() {
        return error;
    }
}
