package dev.stepproof.maven;

import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.ScenarioReport;
import dev.stepproof.toolkit.ScenarioRunner;
import dev.stepproof.toolkit.Severity;
import dev.stepproof.toolkit.coverage.CoverageFile;
import dev.stepproof.toolkit.coverage.CoverageReport;
import dev.stepproof.toolkit.coverage.WorkflowCoverage;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the scenario files ({@code *.sfn-test.yaml|yml|json}, see {@code docs/scenarios.md}) found under
 * {@code directory}, logs every failed case with the expectations that did not hold, and writes one Surefire XML
 * report per file to {@code reportsDirectory} so CI test dashboards list the cases.
 *
 * <pre>{@code
 * <execution>
 *   <goals><goal>scenarios</goal></goals>
 *   <configuration>
 *     <excludes><exclude>wip/**</exclude></excludes>
 *   </configuration>
 * </execution>
 * }</pre>
 *
 * <p>The cases' executions are merged into the workflow coverage file ({@code target/stepproof/coverage.json}) that
 * {@code coverage-check} and {@code report} read.
 *
 * <p>Ends with {@code StepProof scenarios: 3 files, 7 cases, 6 passed, 1 failed.} and fails the build when a case
 * failed or a file could not be run, unless {@code failOnFailure} is false.
 *
 * @since 0.1.0
 */
@Mojo(name = "scenarios", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ScenariosMojo extends AbstractStepProofMojo {

    /** Root under which scenario files are searched. */
    @Parameter(property = "stepproof.scenarios.directory", defaultValue = "${project.basedir}/src/test/resources")
    private File directory;

    /** The includes when none are configured. */
    static final List<String> DEFAULT_INCLUDES = List.of("**/*.sfn-test.yaml", "**/*.sfn-test.yml", "**/*.sfn-test.json");

    /**
     * Glob patterns (relative to {@code directory}) of scenario files to run; when empty,
     * {@code **}{@code /*.sfn-test.yaml}, {@code **}{@code /*.sfn-test.yml} and {@code **}{@code /*.sfn-test.json}.
     */
    @Parameter(property = "stepproof.scenarios.includes")
    private List<String> includes = new ArrayList<>();

    /** Glob patterns of scenario files to leave out. */
    @Parameter(property = "stepproof.scenarios.excludes")
    private List<String> excludes = new ArrayList<>();

    /** Where the {@code TEST-<file>.xml} reports go. */
    @Parameter(property = "stepproof.scenarios.reportsDirectory", defaultValue = "${project.build.directory}/stepproof-reports")
    private File reportsDirectory;

    /** Fail the build when a case fails or a file cannot be run; when false, they are logged as warnings. */
    @Parameter(property = "stepproof.failOnFailure", defaultValue = "true")
    private boolean failOnFailure;

    /**
     * Fail a case when a value answered by a secret-returning task call appears again in its execution history
     * (as the JUnit extension and the {@code stepproof} engine do by default).
     */
    @Parameter(property = "stepproof.failOnSecretsInHistory", defaultValue = "true")
    private boolean failOnSecretsInHistory;

    /**
     * The workflow coverage file the cases' executions are merged into (under a file lock, as the JUnit extension
     * and engine do), so that {@code coverage-check} and {@code report} count the scenario files too. Empty to
     * record nothing.
     */
    @Parameter(property = "stepproof.coverage.file", defaultValue = "${project.build.directory}/stepproof/coverage.json")
    private File coverageFile;

    @Override
    protected String goal() {
        return "scenarios";
    }

    @Override
    protected void executeGoal() throws MojoExecutionException, MojoFailureException {
        Path root = directory.toPath().toAbsolutePath();
        List<Path> files = find(root);
        ScenarioRunner runner = failOnSecretsInHistory ? ScenarioRunner.standard()
                : ScenarioRunner.standard().allowingSecretsInHistory();
        Tally tally = new Tally();
        Map<String, WorkflowCoverage> coverage = new LinkedHashMap<>();
        for (Path file : files) {
            ScenarioSuite suite = run(runner, root, file, coverage);
            tally.add(suite);
            writeReport(suite);
        }
        recordCoverage(coverage.values());
        String summary = summary(tally.describe());
        if (tally.anyFailed() && failOnFailure) {
            throw new MojoFailureException(summary);
        }
        if (tally.anyFailed()) {
            getLog().warn(summary);
        } else {
            getLog().info(summary);
        }
    }

    private void recordCoverage(Collection<WorkflowCoverage> coverages) throws MojoExecutionException {
        if (coverageFile == null || coverageFile.getPath().isEmpty() || coverages.isEmpty()) {
            return;
        }
        try {
            CoverageFile.at(coverageFile.toPath()).merge(
                    CoverageReport.of(coverages.stream().map(WorkflowCoverage::snapshot).toList()));
        } catch (IOException e) {
            throw new MojoExecutionException(summary("could not write the workflow coverage to " + coverageFile + ": "
                    + e.getMessage() + ". Fix: check that the folder is writable, or set stepproof.coverage.file."), e);
        }
    }

    private List<Path> find(Path root) throws MojoExecutionException {
        try {
            List<Path> files = SourceFiles.of(includes, DEFAULT_INCLUDES, excludes).find(root);
            if (files.isEmpty()) {
                getLog().info(summary("no scenario files under " + shown(root.toString()) + "."));
            }
            return files;
        } catch (IOException e) {
            throw new MojoExecutionException(summary("could not list " + root + ": " + e.getMessage()), e);
        }
    }

    private ScenarioSuite run(ScenarioRunner runner, Path root, Path file, Map<String, WorkflowCoverage> coverage) {
        long start = System.nanoTime();
        ScenarioReport report = runner.run(file);
        Duration time = Duration.ofNanos(System.nanoTime() - start);
        if (report.machine() != null) {
            // One coverage per machine and definition: several files may test the same state machine.
            WorkflowCoverage machine = WorkflowCoverage.of(report.stateMachineName(), report.machine());
            WorkflowCoverage merged = coverage.computeIfAbsent(machine.id(), id -> machine);
            report.cases().stream().filter(c -> c.execution() != null).forEach(c -> merged.record(c.execution()));
        }
        String shown = shown(report.source());
        report.diagnostics().forEach(this::log);
        for (ScenarioReport.CaseResult c : report.cases()) {
            if (c.passed()) {
                getLog().debug(c.describe(shown));
            } else {
                logFinding(c.describe(shown));
            }
        }
        String name = root.relativize(file).toString().replace(File.separatorChar, '/');
        ScenarioSuite suite = ScenarioSuite.of(name, report, shown, time);
        if (suite.broken() && report.diagnostics().stream().noneMatch(Diagnostic::isError)) {
            logFinding(suite.cases().get(0).message());
        }
        return suite;
    }

    private void log(Diagnostic d) {
        String line = format(d);
        if (d.severity() == Severity.ERROR) {
            logFinding(line);
        } else if (d.severity() == Severity.WARNING) {
            getLog().warn(line);
        } else {
            getLog().info(line);
        }
    }

    /** Failures are errors when they fail the build, warnings when {@code failOnFailure=false} lets it pass. */
    private void logFinding(String text) {
        if (failOnFailure) {
            getLog().error(text);
        } else {
            getLog().warn(text);
        }
    }

    private void writeReport(ScenarioSuite suite) throws MojoExecutionException {
        try {
            SurefireXmlWriter.write(suite, reportsDirectory.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException(summary("could not write a report to " + reportsDirectory + ": "
                    + e.getMessage()), e);
        }
    }

    /** Counts across files, for the summary line. */
    private static final class Tally {
        private int files;
        private int broken;
        private long cases;
        private long passed;
        private long failed;

        void add(ScenarioSuite suite) {
            files++;
            if (suite.broken()) {
                broken++;
                return;
            }
            cases += suite.cases().size();
            passed += suite.count(ScenarioSuite.Outcome.PASSED);
            failed += suite.count(ScenarioSuite.Outcome.FAILED);
        }

        boolean anyFailed() {
            return failed > 0 || broken > 0;
        }

        String describe() {
            String counts = Text.count(files, "file") + ", " + Text.count(cases, "case") + ", " + passed + " passed, "
                    + failed + " failed";
            return broken == 0 ? counts + "." : counts + "; " + Text.count(broken, "file") + " could not be run.";
        }
    }
}
