package dev.stepproof.toolkit;

import dev.stepproof.toolkit.internal.scenario.CaseRun;
import dev.stepproof.toolkit.internal.scenario.ScenarioFile;
import dev.stepproof.toolkit.internal.scenario.ScenarioReader;
import dev.stepproof.toolkit.internal.scenario.TemplateDefinitions;
import dev.stepproof.toolkit.model.StateMachine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Runs scenario files ({@code *.sfn-test.yaml} / {@code .json}): reads the file and the definition it names,
 * runs every case on the interpreter with the case's mocks, faults and MockConfigFile test case, and checks
 * its expectations. The JUnit engine and the Maven {@code scenarios} goal both use it. Never throws for
 * anything a scenario file contains; problems are diagnostics or case failures.
 *
 * <pre>{@code
 * ScenarioReport report = ScenarioRunner.standard().run(Path.of("src/test/resources/orders.sfn-test.yaml"));
 * report.cases().forEach(c -> System.out.println(c.describe(report.source())));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ScenarioRunner {

    private final ScenarioReader reader;
    /** Files read and compiled, by absolute path, with the scenario file's stamp; null when not caching. */
    private final ConcurrentMap<Path, Cached> cache;
    /** Whether a secret answered by a secret-returning task and found again in the history fails the case. */
    private final boolean checkSecrets;

    private ScenarioRunner(ScenarioReader reader, ConcurrentMap<Path, Cached> cache, boolean checkSecrets) {
        this.reader = reader;
        this.cache = cache;
        this.checkSecrets = checkSecrets;
    }

    /**
     * @return a runner that fails a case whose history shows a value that a mocked secret-returning call answered
     *         ({@link dev.stepproof.toolkit.audit.HistorySecretScan}), as the JUnit extension does by default
     */
    public static ScenarioRunner standard() {
        return new ScenarioRunner(new ScenarioReader(), null, true);
    }

    /**
     * @return a runner that lets secrets appear in execution history: for cases that test a definition known to
     *         leak, or secrets that are test data only
     */
    public ScenarioRunner allowingSecretsInHistory() {
        return new ScenarioRunner(reader, cache, false);
    }

    /**
     * @return a runner that reads and compiles each scenario file (with its definition and MockConfigFile) once and
     *         reuses it for every later {@code run} of that file, until the scenario file's modification time or size
     *         changes. For one test run that runs a file's cases one by one, as the JUnit engine does; thread-safe.
     */
    public ScenarioRunner cachingFiles() {
        return new ScenarioRunner(reader, new ConcurrentHashMap<>(), checkSecrets);
    }

    /** Reads and runs every case of {@code scenarioFile}. */
    public ScenarioReport run(Path scenarioFile) {
        Loaded loaded = load(scenarioFile);
        if (loaded.scenario == null) {
            return new ScenarioReport(scenarioFile.toString(), loaded.diagnostics, List.of());
        }
        List<ScenarioReport.CaseResult> results = new ArrayList<>();
        for (var c : loaded.scenario.cases()) {
            results.add(loaded.run.run(c));
        }
        return new ScenarioReport(loaded.scenario.source(), loaded.diagnostics, results,
                loaded.scenario.stateMachineName(), loaded.machine);
    }

    /** Reads {@code scenarioFile} and runs only the case named {@code caseName}. */
    public ScenarioReport run(Path scenarioFile, String caseName) {
        Loaded loaded = load(scenarioFile);
        if (loaded.scenario == null) {
            return new ScenarioReport(scenarioFile.toString(), loaded.diagnostics, List.of());
        }
        List<ScenarioReport.CaseResult> results = new ArrayList<>();
        loaded.scenario.cases().stream().filter(c -> c.name().equals(caseName)).forEach(c -> results.add(loaded.run.run(c)));
        return new ScenarioReport(loaded.scenario.source(), loaded.diagnostics, results,
                loaded.scenario.stateMachineName(), loaded.machine);
    }

    /** The names and positions of a file's cases, for discovery; empty with diagnostics when the file is broken. */
    public ScenarioReport discover(Path scenarioFile) {
        ScenarioReader.Outcome outcome = reader.read(scenarioFile);
        List<ScenarioReport.CaseResult> cases = new ArrayList<>();
        if (outcome.scenario() != null) {
            outcome.scenario().cases().forEach(c -> cases.add(new ScenarioReport.CaseResult(c.name(), c.position(), List.of(), null)));
        }
        return new ScenarioReport(scenarioFile.toString(), outcome.diagnostics(), cases);
    }

    private record Loaded(ScenarioFile scenario, CaseRun run, StateMachine machine, List<Diagnostic> diagnostics) {
    }

    private record Cached(FileTime modified, long size, Loaded loaded) {
    }

    private Loaded load(Path file) {
        if (cache == null) {
            return read(file);
        }
        Path key = file.toAbsolutePath().normalize();
        try {
            FileTime modified = Files.getLastModifiedTime(key);
            long size = Files.size(key);
            Cached cached = cache.get(key);
            if (cached != null && cached.modified().equals(modified) && cached.size() == size) {
                return cached.loaded();
            }
            Loaded loaded = read(file);
            cache.put(key, new Cached(modified, size, loaded));
            return loaded;
        } catch (IOException e) {
            return read(file); // the reader reports the unreadable file as a diagnostic
        }
    }

    private Loaded read(Path file) {
        ScenarioReader.Outcome outcome = reader.read(file);
        List<Diagnostic> diagnostics = new ArrayList<>(outcome.diagnostics());
        ScenarioFile scenario = outcome.scenario();
        if (scenario == null) {
            return new Loaded(null, null, null, diagnostics);
        }
        DefinitionReader definitions = DefinitionReader.standard().withWorkflowType(scenario.workflowType());
        DefinitionReader.ReadResult definition = scenario.definition() != null ? definitions.read(scenario.definition())
                : TemplateDefinitions.read(scenario.template(), scenario.logicalId(), definitions);
        diagnostics.addAll(definition.diagnostics());
        MockConfig mockConfig = null;
        if (scenario.mockConfig() != null) {
            MockConfig.ReadResult read = MockConfig.read(scenario.mockConfig());
            diagnostics.addAll(read.diagnostics());
            mockConfig = read.config();
        }
        StateMachines children = children(scenario, diagnostics);
        if (!definition.isValid() || diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return new Loaded(null, null, null, diagnostics);
        }
        return new Loaded(scenario, new CaseRun(scenario, Interpreter.of(definition.machine()), mockConfig, children,
                checkSecrets),
                definition.machine(), diagnostics);
    }

    /**
     * Compiles the {@code stateMachines} entries. A broken child gets an SP-C006 at its entry (so the scenario's
     * line is named) followed by the definition's own diagnostics (which name the child's file and state).
     */
    private static StateMachines children(ScenarioFile scenario, List<Diagnostic> diagnostics) {
        StateMachines.Builder registry = StateMachines.builder();
        for (ScenarioFile.ChildMachine child : scenario.children()) {
            DefinitionReader reader = DefinitionReader.standard().withWorkflowType(child.workflowType());
            DefinitionReader.ReadResult read = child.definition() != null ? reader.read(child.definition())
                    : TemplateDefinitions.read(child.template(), child.logicalId(), reader);
            if (read.isValid()) {
                registry.register(child.key(), read.machine());
                diagnostics.addAll(read.diagnostics());
                continue;
            }
            List<Diagnostic> errors = read.diagnostics().stream().filter(Diagnostic::isError).toList();
            String first = errors.isEmpty() ? "" : " First: " + errors.get(0).code() + " " + errors.get(0).message();
            diagnostics.add(scenario.document().diagnostic(ScenarioReader.INVALID_CHILD, Severity.ERROR, child.pointer(),
                    "The definition of child state machine '" + child.key() + "' (" + read.source() + ") is invalid: "
                            + errors.size() + " error(s)." + first,
                    "Fix the child's definition (its diagnostics follow), or remove the entry and mock the task."));
            diagnostics.addAll(read.diagnostics());
        }
        return registry.build();
    }
}
