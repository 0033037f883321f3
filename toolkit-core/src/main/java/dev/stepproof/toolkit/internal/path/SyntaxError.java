package dev.stepproof.toolkit.internal.path;

import java.util.Objects;

/**
 * Why an expression does not compile, and where: {@code offset} is the 0-based index into the
 * expression text of the character at which the problem was detected.
 *
 * @param message what is wrong, without the offset, never null
 * @param offset  0-based character index into the expression text
 */
public record SyntaxError(String message, int offset) {

    public SyntaxError {
        Objects.requireNonNull(message, "message");
    }

    /** @return this error shifted by {@code delta} characters, for expressions embedded in a larger text */
    public SyntaxError shift(int delta) {
        return new SyntaxError(message, offset + delta);
    }

    /** @return {@code "<message> at position <offset>"} */
    @Override
    public String toString() {
        return message + " at position " + offset;
    }
}
