package dev.stepproof.toolkit.internal.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionConfig;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.S3Objects;
import dev.stepproof.toolkit.Severity;
import dev.stepproof.toolkit.WorkflowType;
import dev.stepproof.toolkit.internal.parse.LocatedDocument;
import dev.stepproof.toolkit.internal.parse.LocatedTreeReader;
import dev.stepproof.toolkit.internal.parse.ReadLimits;
import dev.stepproof.toolkit.internal.parse.ReaderProblems;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a scenario file: JSON or YAML, checked against the shipped JSON Schema
 * ({@value #SCHEMA_RESOURCE}), then turned into a {@link ScenarioFile}. Never throws on bad input: every
 * problem is a coded diagnostic with the file, line and JSON Pointer.
 */
public final class ScenarioReader {

    public static final String SCHEMA_RESOURCE = "/dev/stepproof/toolkit/scenario/scenario.schema.json";
    /** The file does not match the scenario schema. */
    public static final String SCHEMA = "SP-C001";
    /** Two cases share a name. */
    public static final String DUPLICATE_CASE = "SP-C002";
    /** A file the scenario refers to does not exist. */
    public static final String MISSING_FILE = "SP-C003";
    /** A callback's {@code at} is not a non-negative ISO-8601 duration. */
    public static final String CALLBACK_TIME = "SP-C005";
    /** A {@code stateMachines} entry's definition is invalid or cannot be taken from its template. */
    public static final String INVALID_CHILD = "SP-C006";

    private static final ExecutionConfig EXECUTION = ExecutionConfig.builder().locale(Locale.ENGLISH).build();

    /** Result of reading: the scenario when no ERROR was found, and the diagnostics. */
    public record Outcome(ScenarioFile scenario, List<Diagnostic> diagnostics) {
        public Outcome {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private final Schema schema;

    public ScenarioReader() {
        JsonNode raw = readSchema();
        this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of(raw.path("$id").asText()), raw);
        this.schema.initializeValidators();
    }

    public Outcome read(Path file) {
        String source = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            ReaderProblems problems = new ReaderProblems(source, ReaderProblems.Subject.SCENARIO);
            problems.io(e.getClass().getSimpleName() + ": " + e.getMessage());
            return new Outcome(null, problems.list());
        }
        LocatedTreeReader.Syntax syntax = source.toLowerCase(Locale.ROOT).endsWith(".json")
                ? LocatedTreeReader.Syntax.JSON : LocatedTreeReader.Syntax.YAML;
        LocatedTreeReader.Outcome parsed = new LocatedTreeReader(ReadLimits.defaults())
                .read(new StringReader(text), syntax, source, ReaderProblems.Subject.SCENARIO);
        if (parsed.document() == null) {
            return new Outcome(null, parsed.problems());
        }
        return check(parsed.document(), file.toAbsolutePath().getParent());
    }

    private Outcome check(LocatedDocument doc, Path folder) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Error e : schema.validate(doc.root(), ctx -> ctx.setExecutionConfig(EXECUTION))) {
            String pointer = pointer(e);
            diagnostics.add(doc.diagnostic(SCHEMA, Severity.ERROR, pointer, "The scenario file does not match the scenario schema at "
                            + (pointer.isEmpty() ? "/" : pointer) + ": " + e.getMessage() + ".",
                    "See " + SCHEMA_RESOURCE.substring(1) + " for the format."));
        }
        if (!diagnostics.isEmpty()) {
            return new Outcome(null, dedupe(diagnostics));
        }
        JsonNode root = doc.root();
        Path definition = resolve(doc, folder, root, "definition", diagnostics);
        Path template = resolve(doc, folder, root, "template", diagnostics);
        Path mockConfig = resolve(doc, folder, root, "mockConfig", diagnostics);
        List<ScenarioCase> cases = cases(doc, folder, diagnostics);
        List<ScenarioFile.ChildMachine> children = children(doc, folder, template, diagnostics);
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return new Outcome(null, diagnostics);
        }
        WorkflowType type = "EXPRESS".equals(root.path("workflowType").asText()) ? WorkflowType.EXPRESS : WorkflowType.STANDARD;
        String name = root.hasNonNull("stateMachineName") ? root.get("stateMachineName").asText() : stem(definition, root);
        return new Outcome(new ScenarioFile(doc.source(), doc, definition, template, text(root, "logicalId"), type, name,
                mockConfig, cases, children), diagnostics);
    }

    /**
     * The {@code stateMachines} block: each entry names a definition file, or a logical id in a template (the
     * entry's own, else the scenario's). Files are checked here; definitions are compiled by the runner.
     */
    private static List<ScenarioFile.ChildMachine> children(LocatedDocument doc, Path folder, Path ownTemplate,
                                                            List<Diagnostic> diagnostics) {
        List<ScenarioFile.ChildMachine> children = new ArrayList<>();
        var it = doc.root().path("stateMachines").fields();
        while (it.hasNext()) {
            var e = it.next();
            String pointer = LocatedDocument.child("/stateMachines", e.getKey());
            JsonNode spec = e.getValue();
            Path definition = null;
            Path template = null;
            if (spec.isTextual()) {
                definition = childFile(doc, folder, pointer, e.getKey(), "definition", spec.textValue(), diagnostics);
            } else if (spec.has("definition")) {
                definition = childFile(doc, folder, pointer + "/definition", e.getKey(), "definition",
                        spec.get("definition").asText(), diagnostics);
            } else if (spec.has("template")) {
                template = childFile(doc, folder, pointer + "/template", e.getKey(), "template",
                        spec.get("template").asText(), diagnostics);
            } else if (ownTemplate != null) {
                template = ownTemplate;
            } else {
                diagnostics.add(doc.diagnostic(MISSING_FILE, Severity.ERROR, pointer, "Child state machine '" + e.getKey()
                        + "' gives only a logicalId, but the scenario has no template to look it up in.",
                        "Add 'template: <file>' to the entry, or give its 'definition' file."));
            }
            WorkflowType type = "EXPRESS".equals(spec.path("workflowType").asText()) ? WorkflowType.EXPRESS : WorkflowType.STANDARD;
            children.add(new ScenarioFile.ChildMachine(e.getKey(), pointer, definition, template, text(spec, "logicalId"), type));
        }
        return children;
    }

    private static Path childFile(LocatedDocument doc, Path folder, String pointer, String key, String what, String value,
                                  List<Diagnostic> diagnostics) {
        Path path = folder.resolve(value).normalize();
        if (!Files.isRegularFile(path)) {
            diagnostics.add(doc.diagnostic(MISSING_FILE, Severity.ERROR, pointer, "The " + what + " '" + value
                    + "' of child state machine '" + key + "' does not exist (looked for " + path + ").",
                    "Give a path relative to the scenario file."));
        }
        return path;
    }

    private static List<ScenarioCase> cases(LocatedDocument doc, Path folder, List<Diagnostic> diagnostics) {
        List<ScenarioCase> cases = new ArrayList<>();
        Set<String> names = new HashSet<>();
        JsonNode list = doc.root().path("cases");
        for (int i = 0; i < list.size(); i++) {
            JsonNode c = list.get(i);
            String pointer = "/cases/" + i;
            String name = c.path("name").asText();
            if (!names.add(name)) {
                diagnostics.add(doc.diagnostic(DUPLICATE_CASE, Severity.ERROR, pointer + "/name", "Case name '" + name
                        + "' is used more than once in this file; test ids must be unique.", "Rename one of the cases."));
            }
            cases.add(new ScenarioCase(name, doc.positionOf(pointer), pointer,
                    c.has("input") ? c.get("input") : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(),
                    text(c, "mockConfigTestCase"), c.get("mocks"), c.get("faults"), c.get("chaos"),
                    c.hasNonNull("seed") ? c.get("seed").asLong() : null, c.get("expect"),
                    s3Objects(doc, folder, c.get("s3Objects"), pointer + "/s3Objects", diagnostics),
                    ScenarioCallbacks.read(doc, c.path("callbacks"), pointer + "/callbacks", diagnostics)));
        }
        return cases;
    }

    /** A case's {@code s3Objects}: inline bodies, or files relative to the scenario file (read when the case runs). */
    private static S3Objects s3Objects(LocatedDocument doc, Path folder, JsonNode list, String pointer,
                                       List<Diagnostic> diagnostics) {
        if (list == null) {
            return null;
        }
        S3Objects.Builder objects = S3Objects.builder();
        for (int i = 0; i < list.size(); i++) {
            JsonNode o = list.get(i);
            String bucket = o.path("bucket").asText();
            String key = o.path("key").asText();
            if (o.has("body")) {
                objects.put(bucket, key, o.path("body").asText());
                continue;
            }
            String file = o.path("file").asText();
            Path path = folder.resolve(file).normalize();
            if (!Files.isRegularFile(path)) {
                diagnostics.add(doc.diagnostic(MISSING_FILE, Severity.ERROR, pointer + "/" + i + "/file", "The file '" + file
                        + "' of S3 object s3://" + bucket + "/" + key + " does not exist (looked for " + path + ").",
                        "Give a path relative to the scenario file, or the object's text as 'body'."));
                continue;
            }
            objects.putFile(bucket, key, path);
        }
        return objects.build();
    }

    private static Path resolve(LocatedDocument doc, Path folder, JsonNode root, String field, List<Diagnostic> diagnostics) {
        String value = text(root, field);
        if (value == null) {
            return null;
        }
        Path path = folder.resolve(value).normalize();
        if (!Files.isRegularFile(path)) {
            diagnostics.add(doc.diagnostic(MISSING_FILE, Severity.ERROR, "/" + field, "The scenario's " + field + " '" + value
                    + "' does not exist (looked for " + path + ").", "Give a path relative to the scenario file."));
        }
        return path;
    }

    private static String stem(Path definition, JsonNode root) {
        String file = definition != null ? definition.getFileName().toString() : text(root, "logicalId");
        if (file == null) {
            return "StateMachine";
        }
        int dot = file.indexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isTextual() ? v.textValue() : null;
    }

    private static String pointer(Error e) {
        com.networknt.schema.path.NodePath path = e.getInstanceLocation();
        String pointer = "";
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            pointer = element instanceof Integer index ? LocatedDocument.child(pointer, index)
                    : LocatedDocument.child(pointer, String.valueOf(element));
        }
        if (e.getProperty() != null && "additionalProperties".equals(e.getKeyword())) {
            pointer = LocatedDocument.child(pointer, e.getProperty());
        }
        return pointer;
    }

    private static List<Diagnostic> dedupe(List<Diagnostic> in) {
        Set<String> seen = new HashSet<>();
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : in) {
            if (seen.add(d.pointer() + d.message())) {
                out.add(d);
            }
        }
        return out;
    }

    private static JsonNode readSchema() {
        try (InputStream in = ScenarioReader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Scenario schema missing from the classpath: " + SCHEMA_RESOURCE);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
