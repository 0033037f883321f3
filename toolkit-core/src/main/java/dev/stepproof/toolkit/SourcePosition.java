package dev.stepproof.toolkit;

/**
 * A place in the user's file: 1-based line and column, as editors and IDEs count them.
 *
 * @param line   1-based line number
 * @param column 1-based column number
 * @since 0.1.0
 */
public record SourcePosition(int line, int column) {

    /** Used when a diagnostic concerns the whole document or the text could not be located. */
    public static final SourcePosition UNKNOWN = new SourcePosition(0, 0);

    /** @return whether this position points at a real line (false for {@link #UNKNOWN}) */
    public boolean isKnown() {
        return line > 0;
    }

    @Override
    public String toString() {
        return isKnown() ? line + ":" + column : "?";
    }
}
