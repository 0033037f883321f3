package dev.stepproof.toolkit;

import java.util.Objects;

/**
 * One problem found in a definition: what is wrong, where, and how to fix it.
 *
 * <p>{@code code} is stable across releases ({@code SP-R…} reading, {@code SP-S…} schema,
 * {@code SP-V…} semantic checks; see {@code docs/diagnostics.md}) so that builds can suppress or
 * downgrade it. {@code pointer} is an RFC 6901 JSON Pointer into the definition ({@code ""} is the
 * whole document); {@code position} is where that node starts in the source text.
 *
 * @param code     stable identifier, never null
 * @param severity never null
 * @param source   the file, resource or label the definition came from, never null (may be {@code "<string>"})
 * @param pointer  JSON Pointer of the offending node, never null
 * @param position line and column of that node, {@link SourcePosition#UNKNOWN} when not locatable
 * @param message  what is wrong, naming the state and field, never null
 * @param hint     how to fix it, never null (may be empty)
 * @since 0.1.0
 */
public record Diagnostic(String code, Severity severity, String source, String pointer,
                         SourcePosition position, String message, String hint) {

    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }

    /** @return whether this diagnostic is an {@link Severity#ERROR} */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * Renders the diagnostic the way compilers do, so IDE consoles turn it into a link:
     * {@code order.asl.json:12:7: ERROR SP-V003 at /States/Charge/Next: … Fix: …}.
     *
     * @return a single line of text
     */
    public String format() {
        StringBuilder sb = new StringBuilder(source);
        if (position.isKnown()) {
            sb.append(':').append(position.line()).append(':').append(position.column());
        }
        sb.append(": ").append(severity).append(' ').append(code)
          .append(" at ").append(pointer.isEmpty() ? "/" : pointer).append(": ").append(message);
        if (!hint.isEmpty()) {
            sb.append(" Fix: ").append(hint);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
