package dev.stepproof.toolkit.internal.parse;

import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.Severity;
import dev.stepproof.toolkit.SourcePosition;

import java.util.ArrayList;
import java.util.List;

/**
 * Factories for the reader's diagnostics ({@code SP-R…}). One method per kind so that each text is
 * written, and tested, in one place. The texts name what is read (a {@link Subject}): a state machine
 * definition unless told otherwise.
 */
public final class ReaderProblems {

    /**
     * What kind of document is read, so messages name it and give advice that fits it.
     *
     * @param noun            how messages name the document ({@code "definition"})
     * @param emptyHint       the fix for an empty document
     * @param duplicateReason why a duplicate key is a problem, ending the sentence
     * @param sizeReason      whose limit an over-large document exceeds, in parentheses
     * @param sizeHint        the fix for an over-large document
     */
    public record Subject(String noun, String emptyHint, String duplicateReason, String sizeReason, String sizeHint) {
        /** A state machine definition (ASL). */
        public static final Subject DEFINITION = new Subject("definition",
                "Write a JSON object with \"StartAt\" and \"States\".",
                "AWS rejects definitions with duplicate keys",
                "AWS's definition size quota",
                "Split the workflow into nested state machines or move large literals into the execution input.");

        /** A scenario file ({@code *.sfn-test.yaml|json}). */
        public static final Subject SCENARIO = new Subject("scenario file",
                "Write a mapping with \"definition\" (or \"template\") and \"cases\" (docs/scenarios.md).",
                "the later value would silently replace the earlier one",
                "StepProof's read limit",
                "Split the cases over several scenario files, or move large inputs into files of their own.");
    }

    public static final String EMPTY = "SP-R001";
    public static final String SYNTAX = "SP-R002";
    public static final String DUPLICATE_KEY = "SP-R003";
    public static final String TOO_LARGE = "SP-R004";
    public static final String TOO_DEEP = "SP-R005";
    public static final String TOO_MANY_NODES = "SP-R006";
    public static final String UNKNOWN_ALIAS = "SP-R007";
    public static final String TRAILING_CONTENT = "SP-R008";
    public static final String IO = "SP-R009";
    public static final String LIMIT = "SP-R010";

    private final String source;
    private final Subject subject;
    private final List<Diagnostic> list = new ArrayList<>();

    public ReaderProblems(String source) {
        this(source, Subject.DEFINITION);
    }

    public ReaderProblems(String source, Subject subject) {
        this.source = source;
        this.subject = subject;
    }

    public List<Diagnostic> list() {
        return List.copyOf(list);
    }

    public boolean hasErrors() {
        return list.stream().anyMatch(Diagnostic::isError);
    }

    /** Problems of the whole document point at its start, so every diagnostic carries a location. */
    private static final SourcePosition START = new SourcePosition(1, 1);

    private void add(String code, String pointer, SourcePosition pos, String message, String hint) {
        pos = pos.isKnown() ? pos : START;
        list.add(new Diagnostic(code, Severity.ERROR, source, pointer, pos, message, hint));
    }

    void empty() {
        add(EMPTY, "", SourcePosition.UNKNOWN, "The " + subject.noun() + " is empty.", subject.emptyHint());
    }

    void syntax(SourcePosition pos, LocatedTreeReader.Syntax syntax, String detail) {
        add(SYNTAX, "", pos, "The " + subject.noun() + " is not valid " + syntax + ": " + detail + ".",
                "Correct the " + syntax + " syntax at " + (pos.isKnown() ? "line " + pos.line() + ", column " + pos.column() : "the reported place") + ".");
    }

    void duplicateKey(String pointer, SourcePosition pos, String name, SourcePosition first) {
        add(DUPLICATE_KEY, pointer, pos, "Key '" + name + "' appears more than once in the same object"
                        + (first != null && first.isKnown() ? " (first at line " + first.line() + ")" : "")
                        + "; " + subject.duplicateReason() + ".",
                "Remove or rename one of the '" + name + "' keys.");
    }

    /** Reported before parsing, from the size alone. */
    public void tooLarge(long size, int max) {
        add(TOO_LARGE, "", SourcePosition.UNKNOWN, "The " + subject.noun() + " is " + size + " bytes; at most " + max
                        + " are accepted (" + subject.sizeReason() + ").", subject.sizeHint());
    }

    void tooDeep(SourcePosition pos, int max) {
        add(TOO_DEEP, "", pos, "The " + subject.noun() + " nests objects and arrays more than " + max + " levels deep.",
                "Flatten the structure; no real " + subject.noun() + " needs this depth.");
    }

    void tooManyNodes(SourcePosition pos, long max) {
        add(TOO_MANY_NODES, "", pos, "The " + subject.noun() + " expands to more than " + max
                        + " JSON values (YAML aliases are expanded); refusing to read it.",
                "Remove repeated YAML aliases (an 'alias bomb') or reduce the document's size.");
    }

    void unknownAlias(SourcePosition pos, String anchor) {
        add(UNKNOWN_ALIAS, "", pos, "YAML alias '*" + anchor + "' refers to no anchor defined before it.",
                "Define '&" + anchor + "' before using '*" + anchor + "'.");
    }

    void trailingContent(SourcePosition pos) {
        add(TRAILING_CONTENT, "", pos, "The " + subject.noun() + " has content after its end.",
                "Keep exactly one JSON value (one YAML document) per file.");
    }

    /** Reported when the source cannot be read at all. */
    public void io(String detail) {
        add(IO, "", SourcePosition.UNKNOWN, "The " + subject.noun() + " could not be read: " + detail + ".",
                "Check that the file exists and is readable.");
    }

    void limitExceeded(SourcePosition pos, String detail) {
        add(LIMIT, "", pos, "The " + subject.noun() + " exceeds a reading limit: " + detail + ".",
                "Reduce the size or nesting of the " + subject.noun() + ".");
    }
}
