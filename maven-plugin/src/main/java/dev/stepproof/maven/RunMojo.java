package dev.stepproof.maven;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionOptions;
import dev.stepproof.toolkit.Interpreter;
import dev.stepproof.toolkit.Mocks;
import dev.stepproof.toolkit.Severity;
import dev.stepproof.toolkit.WorkflowType;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;

/**
 * Runs one execution of a definition from the command line, on StepProof's in-process interpreter and virtual clock,
 * and prints its status, the states it went through, and its output or error and cause:
 *
 * <pre>
 * mvn stepproof:run -Dstepproof.definition=src/main/resources/orders.asl.json \
 *     -Dstepproof.input='{"orderId": "O-1", "qty": 2}' -Dstepproof.mocks=src/test/resources/orders-mocks.yaml
 * </pre>
 *
 * <p>Task states are answered by the mocks file, a scenario file's {@code mocks} block on its own (see
 * {@code docs/scenarios.md}); without one, every Task fails with {@code StepProof.NoTaskInvoker}. The build fails
 * when the execution does not succeed (FAILED, TIMED_OUT or ABORTED), unless {@code failOnFailedExecution} is false.
 * Needs no project: outside one, paths are relative to the current directory.
 *
 * @since 0.1.0
 */
@Mojo(name = "run", requiresProject = false, threadSafe = true)
public class RunMojo extends AbstractStepProofMojo {

    /** The definition to execute (ASL JSON or YAML). */
    @Parameter(property = "stepproof.definition", required = true)
    private File definition;

    /** The execution input as JSON text; default {@code {}}. */
    @Parameter(property = "stepproof.input")
    private String input;

    /** A file holding the execution input (JSON, or YAML for .yaml/.yml); instead of {@code input}. */
    @Parameter(property = "stepproof.inputFile")
    private File inputFile;

    /** A mocks file (JSON or YAML): Task state name to a response or list of responses, as in scenario files. */
    @Parameter(property = "stepproof.mocks")
    private File mocks;

    /** STANDARD or EXPRESS. */
    @Parameter(property = "stepproof.workflowType", defaultValue = "STANDARD")
    private WorkflowType workflowType;

    /** Random seed for jitter, States.UUID and States.MathRandom, so a run can be repeated exactly. */
    @Parameter(property = "stepproof.seed", defaultValue = "0")
    private long seed;

    /** Fail the build when the execution does not succeed; when false, the outcome is only printed. */
    @Parameter(property = "stepproof.failOnFailedExecution", defaultValue = "true")
    private boolean failOnFailedExecution;

    @Override
    protected String goal() {
        return "run";
    }

    @Override
    protected void executeGoal() throws MojoExecutionException, MojoFailureException {
        String shownDefinition = shown(definition.getAbsolutePath());
        DefinitionReader.ReadResult read = DefinitionReader.standard().withWorkflowType(workflowType).read(definition.toPath());
        read.diagnostics().forEach(this::log);
        if (!read.isValid()) {
            throw new MojoFailureException(summary(shownDefinition + " is not a valid definition ("
                    + Text.count(read.diagnostics().stream().filter(Diagnostic::isError).count(), "error") + "); nothing was executed."));
        }
        String inputText = inputText();
        ExecutionOptions options = ExecutionOptions.defaults()
                .withInput(inputText)
                .withStateMachineName(definition.getName().split("\\.", 2)[0])
                .withType(workflowType)
                .withSeed(seed);
        if (mocks != null) {
            options = options.withTaskInvoker(readMocks().session());
        }
        getLog().info("Executing " + shownDefinition + (mocks == null ? "" : " with mocks from " + shown(mocks.getAbsolutePath())));
        getLog().info("Input: " + inputText);
        Execution execution = Interpreter.of(read.machine()).execute(options);
        report(execution, shownDefinition);
    }

    private void report(Execution execution, String shownDefinition) throws MojoFailureException {
        ExecutionPrinter.lines(execution).forEach(getLog()::info);
        if (!execution.succeeded() && "StepProof.NoTaskInvoker".equals(execution.error())) {
            getLog().info("Hint: no mocks were given, so Task states have no answers; pass -Dstepproof.mocks=mocks.yaml, "
                    + "e.g. {\"ChargeCard\": [{\"payload\": {\"charged\": true}}]}.");
        }
        String summary = summary(shownDefinition + " " + ExecutionPrinter.outcome(execution));
        if (!execution.succeeded() && failOnFailedExecution) {
            throw new MojoFailureException(summary);
        }
        if (execution.succeeded()) {
            getLog().info(summary);
        } else {
            getLog().warn(summary);
        }
    }

    private String inputText() throws MojoExecutionException, MojoFailureException {
        if (input != null && inputFile != null) {
            throw new MojoExecutionException(summary("set stepproof.input or stepproof.inputFile, not both."));
        }
        if (input == null && inputFile == null) {
            return "{}";
        }
        String source = input != null ? "stepproof.input" : shown(inputFile.getAbsolutePath());
        String text = input != null ? input : readFile(inputFile, "input file");
        boolean yaml = inputFile != null && isYaml(inputFile.getName());
        try {
            LocatedJson parsed = LocatedJson.read(text, yaml);
            if (parsed.root().isMissingNode()) {
                return "{}";
            }
            return yaml ? parsed.root().toString() : text; // JSON is kept verbatim, as the ExecutionStarted event shows it
        } catch (JsonProcessingException e) {
            getLog().error(PluginDiagnostics.inputNotJson(source, e).format());
            throw new MojoFailureException(summary("the execution input is not valid JSON; nothing was executed."));
        }
    }

    private Mocks readMocks() throws MojoExecutionException, MojoFailureException {
        String shownMocks = shown(mocks.getAbsolutePath());
        try {
            return MocksFile.parse(shownMocks, readFile(mocks, "mocks file"));
        } catch (InputProblem problem) {
            getLog().error(problem.diagnostic().format());
            throw new MojoFailureException(summary("the mocks in " + shownMocks + " cannot be used; nothing was executed."));
        }
    }

    private String readFile(File file, String what) throws MojoExecutionException {
        try {
            return Files.readString(file.toPath(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException(summary("could not read the " + what + " " + file + ": " + e), e);
        }
    }

    private static boolean isYaml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    private void log(Diagnostic d) {
        String line = format(d);
        if (d.severity() == Severity.ERROR) {
            getLog().error(line);
        } else if (d.severity() == Severity.WARNING) {
            getLog().warn(line);
        } else {
            getLog().info(line);
        }
    }
}
