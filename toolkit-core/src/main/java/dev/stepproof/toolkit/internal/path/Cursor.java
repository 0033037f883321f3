package dev.stepproof.toolkit.internal.path;

/** A read position in an expression text, shared by the path and filter parsers. */
final class Cursor {

    /** Bounds recursion (nested filters, grouped conditions) so that hostile input cannot exhaust the stack. */
    static final int MAX_DEPTH = 32;

    final String text;
    int pos;

    Cursor(String text, int pos) {
        this.text = text;
        this.pos = pos;
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    /** @return the current character, or {@code 0} at the end */
    char peek() {
        return peek(0);
    }

    char peek(int ahead) {
        int at = pos + ahead;
        return at < text.length() ? text.charAt(at) : 0;
    }

    boolean peekIs(char c) {
        return !atEnd() && text.charAt(pos) == c;
    }

    boolean startsWith(String s) {
        return text.startsWith(s, pos);
    }

    void skipBlanks() {
        while (!atEnd() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    PathSyntaxException fail(String message) {
        return fail(message, pos);
    }

    PathSyntaxException fail(String message, int at) {
        return new PathSyntaxException(new SyntaxError(message, at));
    }

    /** @return a printable rendering of the current character for messages */
    String current() {
        return atEnd() ? "end of path" : "'" + text.charAt(pos) + "'";
    }
}
