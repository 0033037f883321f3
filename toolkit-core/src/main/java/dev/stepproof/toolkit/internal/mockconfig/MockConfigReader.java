package dev.stepproof.toolkit.internal.mockconfig;

import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.internal.parse.LocatedTreeReader;
import dev.stepproof.toolkit.internal.parse.ReadLimits;
import dev.stepproof.toolkit.internal.parse.ReaderProblems;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads MockConfigFile.json text into a {@link MockConfigParser.Result}. JSON only (Step Functions Local reads
 * JSON). Reading problems (I/O, syntax, duplicate keys, limits) come from the shared located reader, worded for a
 * mock configuration and all coded {@value MockConfigProblems#READ}; never throws on bad input.
 */
public final class MockConfigReader {

    /** Mock files hold canned payloads and may outgrow a definition; 16 MiB still bounds a hostile file. */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    static final ReaderProblems.Subject SUBJECT = new ReaderProblems.Subject("mock configuration",
            "Write a JSON object with \"StateMachines\" and \"MockedResponses\".",
            "a JSON reader keeps only one of them, so the other is silently lost",
            "StepProof's limit for mock configuration files",
            "Split the mock configuration into several files.");

    private static final ReadLimits LIMITS = new ReadLimits(MAX_BYTES, 256, 2_000_000, 100);

    private MockConfigReader() {
    }

    /** Reads a file as UTF-8. */
    public static MockConfigParser.Result read(Path file) {
        String source = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                ReaderProblems problems = new ReaderProblems(source, SUBJECT);
                problems.tooLarge(size, MAX_BYTES);
                return failed(problems.list());
            }
            return read(Files.readString(file, StandardCharsets.UTF_8), source);
        } catch (IOException | RuntimeException e) {
            ReaderProblems problems = new ReaderProblems(source, SUBJECT);
            problems.io(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            return failed(problems.list());
        }
    }

    /** Reads {@code text}; {@code source} labels diagnostics. */
    public static MockConfigParser.Result read(String text, String source) {
        if (text != null && text.length() > MAX_BYTES) {
            ReaderProblems problems = new ReaderProblems(source, SUBJECT);
            problems.tooLarge(text.getBytes(StandardCharsets.UTF_8).length, MAX_BYTES);
            return failed(problems.list());
        }
        LocatedTreeReader.Outcome outcome = new LocatedTreeReader(LIMITS)
                .read(new StringReader(text == null ? "" : text), LocatedTreeReader.Syntax.JSON, source, SUBJECT);
        if (outcome.document() == null) {
            return failed(outcome.problems());
        }
        return MockConfigParser.parse(outcome.document());
    }

    /** The reader's own codes (SP-R…) describe definitions; a mock file's reading problems are all SP-M001. */
    private static MockConfigParser.Result failed(List<Diagnostic> readerProblems) {
        return new MockConfigParser.Result(null, readerProblems.stream()
                .map(d -> new Diagnostic(MockConfigProblems.READ, d.severity(), d.source(), d.pointer(), d.position(),
                        d.message(), d.hint()))
                .toList());
    }
}
