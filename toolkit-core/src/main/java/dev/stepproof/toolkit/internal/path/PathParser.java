package dev.stepproof.toolkit.internal.path;

import java.util.ArrayList;
import java.util.List;

/**
 * Compiles path text into steps: the root ({@code $}, {@code $$}, {@code $name}, or {@code @} inside
 * filters), then {@code .name}, {@code ..}, {@code .*} and bracket elements. Inside a filter the path
 * ends at the first character that cannot continue it, so the filter parser can read the operator.
 */
final class PathParser {

    /** Characters that cannot appear in a dot-notation name, outside filters. */
    private static final String NOT_IN_NAMES = "])'\",?@";
    /** Characters that end a dot-notation name inside a filter. */
    private static final String FILTER_TERMINATORS = ")]=!<>&|,~";

    private final Cursor c;
    private final boolean inFilter;
    private final int depth;
    private final List<Step> steps = new ArrayList<>();

    PathParser(Cursor cursor, boolean inFilter, int depth) {
        this.c = cursor;
        this.inFilter = inFilter;
        this.depth = depth;
    }

    static Parsed<JsonPathExpr> compile(String text) {
        if (text == null) {
            return Parsed.error("The path is missing; a JSONPath must start with '$'", 0);
        }
        try {
            return Parsed.ok(new PathParser(new Cursor(text, 0), false, 0).parse());
        } catch (PathSyntaxException e) {
            return Parsed.error(e.error());
        }
    }

    JsonPathExpr parse() {
        if (depth > Cursor.MAX_DEPTH) {
            throw c.fail("The path nests filters too deeply");
        }
        int start = c.pos;
        RootKind root = readRoot();
        String variable = root == RootKind.VARIABLE ? c.text.substring(start + 1, c.pos) : null;
        boolean sawFunction = false;
        while (!c.atEnd() && !(inFilter && endsFilterPath())) {
            if (sawFunction) {
                throw c.fail("A path function such as '" + ((FunctionStep) steps.get(steps.size() - 1)).name()
                        + "()' must be the last element of the path");
            }
            char ch = c.peek();
            if (ch == '.') {
                readDot();
            } else if (ch == '[') {
                readBracket();
            } else {
                throw c.fail("Unexpected character '" + ch + "'; expected '.', '[' or the end of the path");
            }
            sawFunction = steps.get(steps.size() - 1) instanceof FunctionStep;
        }
        return new JsonPathExpr(c.text.substring(start, c.pos), root, variable, steps);
    }

    private boolean endsFilterPath() {
        char ch = c.peek();
        return ch != '.' && ch != '[';
    }

    private RootKind readRoot() {
        if (c.atEnd()) {
            throw c.fail(inFilter ? "Expected a path starting with '@' or '$'" : "The path is empty; a JSONPath must start with '$'");
        }
        char ch = c.peek();
        if (inFilter && ch == '@') {
            c.pos++;
            return RootKind.CURRENT;
        }
        if (ch != '$') {
            throw c.fail(inFilter ? "Expected a path starting with '@' or '$'" : "A JSONPath must start with '$', not '" + ch + "'");
        }
        int at = c.pos++;
        if (c.peekIs('$')) {
            c.pos++;
            return onlyOutsideFilters(RootKind.CONTEXT, at);
        }
        if (Character.isDigit(c.peek())) {
            throw c.fail("A variable name must not start with a digit");
        }
        if (Character.isLetter(c.peek()) || c.peekIs('_')) {
            while (!c.atEnd() && (Character.isLetterOrDigit(c.peek()) || c.peekIs('_'))) {
                c.pos++;
            }
            return onlyOutsideFilters(RootKind.VARIABLE, at);
        }
        return RootKind.INPUT;
    }

    private RootKind onlyOutsideFilters(RootKind root, int at) {
        if (inFilter) {
            throw c.fail("Only '@' and '$' paths are allowed inside a filter", at);
        }
        return root;
    }

    private boolean atPathEnd() {
        return c.atEnd() || (inFilter && (Character.isWhitespace(c.peek()) || FILTER_TERMINATORS.indexOf(c.peek()) >= 0));
    }

    private void readDot() {
        int at = c.pos;
        boolean scan = c.peek(1) == '.';
        c.pos += scan ? 2 : 1;
        if (atPathEnd()) {
            throw c.fail("The path must not end with '" + (scan ? ".." : ".") + "'", at);
        }
        if (scan) {
            steps.add(new ScanStep());
            if (c.peekIs('.')) {
                throw c.fail("Unexpected '.' after '..'");
            }
        }
        if (c.peekIs('[')) {
            readBracket();
        } else if (c.peekIs('*')) {
            c.pos++;
            steps.add(new WildcardStep());
        } else {
            readName();
        }
    }

    private void readName() {
        int start = c.pos;
        while (!c.atEnd()) {
            char ch = c.peek();
            if (ch == '.' || ch == '[' || ch == '(' || (inFilter && atPathEnd())) {
                break;
            }
            if (Character.isWhitespace(ch)) {
                throw c.fail("Unexpected blank in a property name; use bracket notation such as ['my prop'] for names with blanks");
            }
            if (NOT_IN_NAMES.indexOf(ch) >= 0 || Character.isISOControl(ch)) {
                throw c.fail("Unexpected character '" + ch + "' in a property name; use bracket notation such as "
                        + "['name'] for names with special characters");
            }
            c.pos++;
        }
        String name = c.text.substring(start, c.pos);
        if (name.isEmpty()) {
            throw c.fail("Expected a property name after '.', found " + c.current());
        }
        if (c.peekIs('(')) {
            readFunction(name);
        } else {
            steps.add(new PropertyStep(List.of(name)));
        }
    }

    private void readFunction(String name) {
        int open = c.pos++;
        int start = c.pos;
        int nesting = 0;
        char quote = 0;
        while (true) {
            if (c.atEnd()) {
                throw c.fail("Unclosed '(' of path function '" + name + "()'", open);
            }
            char ch = c.peek();
            if (quote != 0) {
                quote = ch == quote ? 0 : quote;
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
            } else if (ch == '(') {
                nesting++;
            } else if (ch == ')' && nesting-- == 0) {
                break;
            }
            c.pos++;
        }
        steps.add(new FunctionStep(name, c.text.substring(start, c.pos)));
        c.pos++;
    }

    private void readBracket() {
        int open = c.pos++;
        c.skipBlanks();
        if (c.atEnd()) {
            throw c.fail("Unclosed '['", open);
        }
        char ch = c.peek();
        if (ch == '\'' || ch == '"') {
            steps.add(new PropertyStep(readQuotedNames(open)));
        } else if (ch == '*') {
            c.pos++;
            close(open, "Expected ']' after '*'");
            steps.add(new WildcardStep());
        } else if (ch == '?') {
            steps.add(new FilterStep(readFilter(open)));
        } else if (ch == '-' || ch == ':' || Character.isDigit(ch)) {
            steps.add(readIndexesOrSlice(open));
        } else {
            throw c.fail("Expected a quoted name, an index, '*', a slice or a filter after '[', found '" + ch + "'");
        }
    }

    /**
     * Names are taken verbatim between the quotes; a backslash only keeps the next character from
     * closing the name. AWS looked up {@code $['Test\""Name"']} as the key {@code Test\""Name"}, so it
     * does not unescape.
     */
    private List<String> readQuotedNames(int open) {
        List<String> names = new ArrayList<>();
        while (true) {
            char quote = c.peek();
            if (quote != '\'' && quote != '"') {
                throw c.fail("Expected a quoted property name, found " + c.current());
            }
            int start = c.pos++;
            boolean escaped = false;
            while (escaped || !c.peekIs(quote)) {
                if (c.atEnd()) {
                    throw c.fail("Unterminated quoted property name", start);
                }
                escaped = !escaped && c.peekIs('\\');
                c.pos++;
            }
            names.add(c.text.substring(start + 1, c.pos++));
            c.skipBlanks();
            if (c.peekIs(',')) {
                c.pos++;
                c.skipBlanks();
            } else {
                close(open, "Expected ',' or ']' after a quoted property name, found " + c.current());
                return names;
            }
        }
    }

    private Step readIndexesOrSlice(int open) {
        Integer first = c.peekIs(':') ? null : readInt();
        c.skipBlanks();
        if (c.peekIs(':')) {
            int colon = c.pos++;
            c.skipBlanks();
            Integer second = c.peekIs(']') || c.atEnd() ? null : readInt();
            c.skipBlanks();
            if (c.peekIs(':')) {
                throw c.fail("Slice steps such as [0:10:2] are not supported");
            }
            close(open, "Expected ']' to end the slice, found " + c.current());
            if (first == null && second == null) {
                throw c.fail("A slice needs at least one bound: [a:], [:b] or [a:b]", colon);
            }
            return new SliceStep(first, second);
        }
        List<Integer> indexes = new ArrayList<>();
        indexes.add(first);
        while (c.peekIs(',')) {
            c.pos++;
            c.skipBlanks();
            indexes.add(readInt());
            c.skipBlanks();
        }
        close(open, "Expected ',' or ']' after an index, found " + c.current());
        return new IndexStep(indexes.stream().mapToInt(Integer::intValue).toArray());
    }

    private int readInt() {
        int start = c.pos;
        if (c.peekIs('-')) {
            c.pos++;
        }
        while (Character.isDigit(c.peek())) {
            c.pos++;
        }
        String digits = c.text.substring(start, c.pos);
        if (digits.isEmpty() || digits.equals("-")) {
            throw c.fail("Expected an integer index, found " + c.current());
        }
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException tooLarge) {
            throw c.fail("Index " + digits + " is out of range", start);
        }
    }

    private Filter readFilter(int open) {
        c.pos++;
        c.skipBlanks();
        if (!c.peekIs('(')) {
            throw c.fail("Expected '(' after '[?', found " + c.current());
        }
        int paren = c.pos++;
        Filter filter = new FilterParser(c, depth + 1).parseCondition();
        c.skipBlanks();
        if (!c.peekIs(')')) {
            throw c.fail(c.atEnd() ? "Unclosed '(' of the filter" : "Expected ')' to close the filter, found " + c.current(),
                    c.atEnd() ? paren : c.pos);
        }
        c.pos++;
        close(open, "Expected ']' after the filter, found " + c.current());
        return filter;
    }

    private void close(int open, String message) {
        c.skipBlanks();
        if (c.atEnd()) {
            throw c.fail("Unclosed '['", open);
        }
        if (!c.peekIs(']')) {
            throw c.fail(message);
        }
        c.pos++;
    }
}
