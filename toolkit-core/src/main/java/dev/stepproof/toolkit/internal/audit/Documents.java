package dev.stepproof.toolkit.internal.audit;

import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.Severity;
import dev.stepproof.toolkit.SourcePosition;
import dev.stepproof.toolkit.internal.parse.LocatedDocument;
import dev.stepproof.toolkit.internal.parse.LocatedTreeReader;
import dev.stepproof.toolkit.internal.parse.ReadLimits;
import dev.stepproof.toolkit.internal.parse.ReaderProblems;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Reads the JSON and YAML files an audit takes in (definitions, policies) with positions. */
public final class Documents {

    /** Code of an input the auditor cannot read (not a definition problem: the file itself). */
    public static final String UNREADABLE = "SP-A001";

    private static final ReaderProblems.Subject POLICY = new ReaderProblems.Subject("policy document",
            "Write an IAM policy: {\"Version\": \"2012-10-17\", \"Statement\": [...]}.",
            "IAM rejects policies with duplicate keys", "the reader's size limit",
            "Split the policy.");

    /** A located document, or the problems that prevented reading it. */
    public record Read(LocatedDocument document, List<Diagnostic> problems) {
    }

    private Documents() {
    }

    /** @return the file parsed as JSON, or as YAML for {@code .yaml}/{@code .yml} */
    public static Read definition(Path file) {
        return read(file, ReaderProblems.Subject.DEFINITION);
    }

    /** @return the policy file parsed */
    public static Read policy(Path file) {
        return read(file, POLICY);
    }

    /** @return JSON text parsed as a definition (e.g. a resolved DefinitionString) */
    public static Read definitionText(String text, String source) {
        LocatedTreeReader.Outcome outcome = new LocatedTreeReader(ReadLimits.defaults())
                .read(new StringReader(text), LocatedTreeReader.Syntax.JSON, source);
        return new Read(outcome.document(), outcome.problems());
    }

    private static Read read(Path file, ReaderProblems.Subject subject) {
        String source = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return new Read(null, List.of(unreadable(source, "cannot be read: " + e.getMessage())));
        }
        String lower = source.toLowerCase(Locale.ROOT);
        LocatedTreeReader.Syntax syntax = lower.endsWith(".yaml") || lower.endsWith(".yml")
                ? LocatedTreeReader.Syntax.YAML : LocatedTreeReader.Syntax.JSON;
        LocatedTreeReader.Outcome outcome = new LocatedTreeReader(ReadLimits.defaults().withMaxBytes(16 * 1024 * 1024))
                .read(new StringReader(text), syntax, source, subject);
        return new Read(outcome.document(), outcome.problems());
    }

    /** @return an ERROR diagnostic saying the input could not be used */
    public static Diagnostic unreadable(String source, String message) {
        return new Diagnostic(UNREADABLE, Severity.ERROR, source, "", new SourcePosition(1, 1),
                "The audit input " + message + ".", "Check the path and the file's syntax.");
    }
}
