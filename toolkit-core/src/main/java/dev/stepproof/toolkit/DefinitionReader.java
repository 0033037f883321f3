package dev.stepproof.toolkit;

import dev.stepproof.toolkit.internal.parse.LocatedDocument;
import dev.stepproof.toolkit.internal.parse.LocatedTreeReader;
import dev.stepproof.toolkit.internal.parse.LocatedTreeReader.Syntax;
import dev.stepproof.toolkit.internal.parse.ReadLimits;
import dev.stepproof.toolkit.internal.parse.ReaderProblems;
import dev.stepproof.toolkit.internal.validate.DefinitionValidator;
import dev.stepproof.toolkit.internal.model.ModelBuilder;
import dev.stepproof.toolkit.model.StateMachine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a state machine definition (ASL as JSON or YAML) from a file, a classpath resource, a stream or a
 * string, validates it, and builds the {@link StateMachine} model.
 *
 * <p>Never throws on bad input: every problem — unreadable file, invalid syntax, duplicate keys, limits,
 * schema and semantic errors — comes back as a {@link Diagnostic} in the {@link ReadResult}, located in the
 * user's file. Instances are immutable and thread-safe; {@code with…} methods return changed copies.
 *
 * <pre>{@code
 * ReadResult result = DefinitionReader.standard().read(Path.of("order.asl.json"));
 * result.diagnostics().forEach(d -> System.out.println(d.format()));
 * StateMachine machine = result.orElseThrow();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DefinitionReader {

    private final WorkflowType type;
    private final ReadLimits limits;

    private DefinitionReader(WorkflowType type, ReadLimits limits) {
        this.type = type;
        this.limits = limits;
    }

    /** @return a reader for STANDARD machines with AWS's limits (1 MiB definitions) */
    public static DefinitionReader standard() {
        return new DefinitionReader(WorkflowType.STANDARD, ReadLimits.defaults());
    }

    /** @return a copy validating for {@code type} (EXPRESS rejects .sync, .waitForTaskToken, activities) */
    public DefinitionReader withWorkflowType(WorkflowType type) {
        return new DefinitionReader(Objects.requireNonNull(type, "type"), limits);
    }

    /** @return a copy accepting definitions of up to {@code maxBytes} (default 1,048,576, AWS's quota) */
    public DefinitionReader withMaxBytes(int maxBytes) {
        return new DefinitionReader(type, new ReadLimits(maxBytes, limits.maxDepth(), limits.maxNodes(), limits.maxYamlAliases()));
    }

    /** Reads a {@code .json}, {@code .yaml} or {@code .yml} file (other names: the syntax is sniffed). */
    public ReadResult read(Path file) {
        String source = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                // A device or a pipe reports size 0 and may never end (/dev/zero): refuse anything but a file.
                ReaderProblems problems = new ReaderProblems(source);
                problems.io(Files.exists(file) ? "it is not a regular file" : "no such file");
                return new ReadResult(source, problems.list(), null);
            }
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                return tooLarge(source, size);
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return parse(text, syntaxOf(source, text), source);
        } catch (IOException | RuntimeException e) {
            ReaderProblems problems = new ReaderProblems(source);
            problems.io(describe(e));
            return new ReadResult(source, problems.list(), null);
        }
    }

    /** Reads definition text; {@code sourceName} labels diagnostics (a file name, or e.g. {@code "<inline>"}). */
    public ReadResult read(String text, String sourceName) {
        String source = sourceName == null ? "<string>" : sourceName;
        if (text == null) {
            return parse("", Syntax.JSON, source);
        }
        if (text.length() > limits.maxBytes()) {
            return tooLarge(source, text.getBytes(StandardCharsets.UTF_8).length);
        }
        return parse(text, syntaxOf(source, text), source);
    }

    /** Reads a stream to its end (at most the size limit) and closes it. */
    public ReadResult read(InputStream in, String sourceName) {
        String source = sourceName == null ? "<stream>" : sourceName;
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) >= 0) {
                out.write(buf, 0, n);
                if (out.size() > limits.maxBytes()) {
                    return tooLarge(source, out.size() + in.transferTo(java.io.OutputStream.nullOutputStream()));
                }
            }
            return read(out.toString(StandardCharsets.UTF_8), source);
        } catch (IOException | RuntimeException e) {
            ReaderProblems problems = new ReaderProblems(source);
            problems.io(describe(e));
            return new ReadResult(source, problems.list(), null);
        }
    }

    /** Reads a classpath resource through the context class loader (falling back to StepProof's own). */
    public ReadResult readResource(String name) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        String path = name.startsWith("/") ? name.substring(1) : name;
        InputStream in = loader == null ? null : loader.getResourceAsStream(path);
        if (in == null) {
            in = DefinitionReader.class.getClassLoader().getResourceAsStream(path);
        }
        if (in == null) {
            ReaderProblems problems = new ReaderProblems("classpath:" + path);
            problems.io("no classpath resource named '" + path + "'");
            return new ReadResult("classpath:" + path, problems.list(), null);
        }
        return read(in, "classpath:" + path);
    }

    private ReadResult parse(String text, Syntax syntax, String source) {
        LocatedTreeReader.Outcome outcome = new LocatedTreeReader(limits).read(new StringReader(text), syntax, source);
        List<Diagnostic> diagnostics = new ArrayList<>(outcome.problems());
        LocatedDocument doc = outcome.document();
        if (doc == null) {
            return new ReadResult(source, diagnostics, null);
        }
        diagnostics.addAll(DefinitionValidator.standard().validate(doc, type == WorkflowType.EXPRESS));
        boolean ok = diagnostics.stream().noneMatch(Diagnostic::isError);
        return new ReadResult(source, diagnostics, ok ? ModelBuilder.build(doc) : null);
    }

    private ReadResult tooLarge(String source, long size) {
        ReaderProblems problems = new ReaderProblems(source);
        problems.tooLarge(size, limits.maxBytes());
        return new ReadResult(source, problems.list(), null);
    }

    static Syntax syntaxOf(String source, String text) {
        String lower = source.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return Syntax.YAML;
        }
        if (lower.endsWith(".json")) {
            return Syntax.JSON;
        }
        String t = text.stripLeading();
        boolean json = t.isEmpty() || t.charAt(0) == '{' || t.charAt(0) == '[' || t.charAt(0) == '"';
        return json || !t.contains(":") ? Syntax.JSON : Syntax.YAML;
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    /**
     * What reading a definition produced: every diagnostic, and the model when there was no ERROR.
     *
     * @param source      the file, resource or label read
     * @param diagnostics all problems found, in document order per layer; never null
     * @param machine     the model, or null when any diagnostic is an ERROR
     * @since 0.1.0
     */
    public record ReadResult(String source, List<Diagnostic> diagnostics, StateMachine machine) {
        public ReadResult {
            diagnostics = List.copyOf(diagnostics);
        }

        /** @return whether no diagnostic is an ERROR */
        public boolean isValid() {
            return machine != null;
        }

        /** @return the ERROR diagnostics only */
        public List<Diagnostic> errors() {
            return diagnostics.stream().filter(Diagnostic::isError).toList();
        }

        /** @return the model, if the definition had no ERROR */
        public Optional<StateMachine> stateMachine() {
            return Optional.ofNullable(machine);
        }

        /**
         * @return the model
         * @throws InvalidDefinitionException listing the errors, when there are any
         */
        public StateMachine orElseThrow() {
            if (machine == null) {
                throw new InvalidDefinitionException(source, diagnostics);
            }
            return machine;
        }
    }
}
