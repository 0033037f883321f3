package dev.stepproof.toolkit.internal.path;

import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Compiles a filter condition (Jayway's grammar): {@code ||} over {@code &&} over {@code !}, groups in
 * parentheses, and relations {@code operand [operator operand]}; an operand alone must be a path and
 * tests its presence.
 */
final class FilterParser {

    private final Cursor c;
    private final FilterLiterals literals;
    private int depth;

    FilterParser(Cursor cursor, int depth) {
        this.c = cursor;
        this.literals = new FilterLiterals(cursor);
        this.depth = depth;
    }

    Filter parseCondition() {
        if (++depth > Cursor.MAX_DEPTH) {
            throw c.fail("The filter nests too deeply");
        }
        Filter left = parseAnd();
        while (skipThen("||")) {
            left = new Filter.Or(left, parseAnd());
        }
        depth--;
        return left;
    }

    private Filter parseAnd() {
        Filter left = parseUnary();
        while (skipThen("&&")) {
            left = new Filter.And(left, parseUnary());
        }
        return left;
    }

    private boolean skipThen(String symbol) {
        c.skipBlanks();
        if (c.startsWith(symbol)) {
            c.pos += symbol.length();
            return true;
        }
        return false;
    }

    private Filter parseUnary() {
        c.skipBlanks();
        if (c.peekIs('!') && c.peek(1) != '=') {
            c.pos++;
            if (++depth > Cursor.MAX_DEPTH) {
                throw c.fail("The filter nests too deeply");
            }
            Filter negated = new Filter.Not(parseUnary());
            depth--;
            return negated;
        }
        if (c.peekIs('(')) {
            int open = c.pos++;
            Filter group = parseCondition();
            c.skipBlanks();
            if (!c.peekIs(')')) {
                throw c.atEnd() ? c.fail("Unclosed '(' in the filter", open) : c.fail("Expected ')', found " + c.current());
            }
            c.pos++;
            return group;
        }
        return parseRelation();
    }

    private Filter parseRelation() {
        int start = c.pos;
        Operand left = parseOperand();
        c.skipBlanks();
        FilterOperator operator = readOperator();
        if (operator == null) {
            if (left instanceof Operand.PathValue path) {
                return new Filter.Exists(path);
            }
            throw c.fail("A condition without a comparison must be a path such as @.x", start);
        }
        c.skipBlanks();
        int rightStart = c.pos;
        Operand right = parseOperand();
        if (left instanceof Operand.Regex) {
            throw c.fail("A regular expression can only appear on the right of '=~'", start);
        }
        if ((operator == FilterOperator.REGEX) != (right instanceof Operand.Regex)) {
            throw c.fail(operator == FilterOperator.REGEX
                    ? "'=~' must be followed by a regular expression such as /abc/i"
                    : "A regular expression can only appear on the right of '=~'", rightStart);
        }
        return new Filter.Compare(left, operator, right);
    }

    /** @return the operator at the cursor, or null when the relation ends here (an existence test) */
    private FilterOperator readOperator() {
        if (c.atEnd() || ")]&|".indexOf(c.peek()) >= 0) {
            return null;
        }
        int at = c.pos;
        for (String symbol : new String[] {"===", "!=="}) {
            if (c.startsWith(symbol)) {
                throw c.fail("'" + symbol + "' is not supported; use '" + symbol.substring(0, 2) + "'");
            }
        }
        for (FilterOperator op : FilterOperator.values()) {
            if (!Character.isLetter(op.symbol().charAt(0)) && op.symbol().length() == 2 && c.startsWith(op.symbol())) {
                c.pos += 2;
                return op;
            }
        }
        if (c.peekIs('<') || c.peekIs('>')) {
            return c.text.charAt(c.pos++) == '<' ? FilterOperator.LT : FilterOperator.GT;
        }
        if (c.peekIs('=')) {
            throw c.fail("Use '==' to compare values, not '='");
        }
        while (Character.isLetter(c.peek())) {
            c.pos++;
        }
        String word = c.text.substring(at, c.pos);
        FilterOperator op = word.isEmpty() ? null : FilterOperator.forWord(word);
        if (op == null) {
            throw c.fail(word.isEmpty() ? "Expected a comparison operator such as '==', found " + c.current()
                    : "Unknown filter operator '" + word + "'", at);
        }
        return op;
    }

    private Operand parseOperand() {
        c.skipBlanks();
        char ch = c.peek();
        if (c.atEnd()) {
            throw c.fail("Expected a value or a path in the filter, found end of path");
        }
        if (ch == '@' || ch == '$') {
            return new Operand.PathValue(new PathParser(c, true, depth + 1).parse());
        }
        if (ch == '\'' || ch == '"') {
            return new Operand.Literal(TextNode.valueOf(literals.readString(ch)), false);
        }
        if (ch == '/') {
            return literals.readRegex();
        }
        if (ch == '[' || ch == '{') {
            return new Operand.Literal(literals.readJson(), false);
        }
        if (ch == '-' || Character.isDigit(ch)) {
            return new Operand.Literal(literals.readNumber(), false);
        }
        if (Character.isLetter(ch) || ch == '_') {
            return literals.readWord();
        }
        throw c.fail("Expected a value or a path in the filter, found '" + ch + "'");
    }
}
