package dev.stepproof.maven;

import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.Severity;
import dev.stepproof.toolkit.WorkflowType;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Validates Step Functions definitions (ASL JSON or YAML) found under {@code directory} by the
 * {@code includes}/{@code excludes} globs, logging every diagnostic as {@code file:line:col: SEVERITY CODE …}
 * and failing the build on errors (and, with {@code failOnWarning}, on warnings).
 *
 * @since 0.1.0
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ValidateMojo extends AbstractMojo {

    /** Root under which definitions are searched. */
    @Parameter(property = "stepproof.directory", defaultValue = "${project.basedir}/src")
    private File directory;

    /** Glob patterns (relative to {@code directory}) of definitions to validate. */
    @Parameter(property = "stepproof.includes")
    private List<String> includes = new ArrayList<>(List.of("**/*.asl.json", "**/*.asl.yaml", "**/*.asl.yml"));

    /** Glob patterns of files to leave out. */
    @Parameter(property = "stepproof.excludes")
    private List<String> excludes = new ArrayList<>();

    /** Validate as EXPRESS machines (no .sync, .waitForTaskToken or activities). */
    @Parameter(property = "stepproof.workflowType", defaultValue = "STANDARD")
    private WorkflowType workflowType;

    /** Fail the build on errors; when false, errors are logged and the build goes on. */
    @Parameter(property = "stepproof.failOnError", defaultValue = "true")
    private boolean failOnError;

    /** Fail the build on warnings too. */
    @Parameter(property = "stepproof.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /** Skip this goal. */
    @Parameter(property = "stepproof.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("StepProof validate skipped (stepproof.skip=true).");
            return;
        }
        List<Path> files = findDefinitions();
        DefinitionReader reader = DefinitionReader.standard().withWorkflowType(workflowType);
        int errors = 0;
        int warnings = 0;
        for (Path file : files) {
            for (Diagnostic d : reader.read(file).diagnostics()) {
                Diagnostic shown = relativize(d);
                if (d.severity() == Severity.ERROR) {
                    errors++;
                    getLog().error(shown.format());
                } else if (d.severity() == Severity.WARNING) {
                    warnings++;
                    getLog().warn(shown.format());
                } else {
                    getLog().info(shown.format());
                }
            }
        }
        String summary = "StepProof validate: " + files.size() + " definition(s), " + errors + " error(s), "
                + warnings + " warning(s).";
        if ((errors > 0 && failOnError) || (warnings > 0 && failOnWarning)) {
            throw new MojoFailureException(summary);
        }
        getLog().info(summary);
    }

    private Diagnostic relativize(Diagnostic d) {
        Path base = project().toPath();
        Path p = Path.of(d.source());
        String shown = p.isAbsolute() && p.startsWith(base) ? base.relativize(p).toString() : d.source();
        return new Diagnostic(d.code(), d.severity(), shown, d.pointer(), d.position(), d.message(), d.hint());
    }

    private File project() {
        File parent = directory.getAbsoluteFile().getParentFile();
        return parent == null ? directory.getAbsoluteFile() : parent;
    }

    private List<Path> findDefinitions() throws MojoExecutionException {
        Path root = directory.toPath();
        if (!Files.isDirectory(root)) {
            getLog().info("StepProof validate: no directory " + root + "; nothing to validate.");
            return List.of();
        }
        List<PathMatcher> in = matchers(includes);
        List<PathMatcher> out = matchers(excludes);
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> matches(in, root.relativize(p)) && !matches(out, root.relativize(p)))
                    .sorted().toList();
        } catch (IOException e) {
            throw new MojoExecutionException("StepProof validate could not list " + root + ": " + e.getMessage(), e);
        }
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> list = new ArrayList<>();
        for (String g : globs) {
            list.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
            if (g.startsWith("**/")) {
                // "**/x" should also match "x" at the top, as Maven users expect from Ant-style globs.
                list.add(FileSystems.getDefault().getPathMatcher("glob:" + g.substring(3)));
            }
        }
        return list;
    }

    private static boolean matches(List<PathMatcher> matchers, Path relative) {
        return matchers.stream().anyMatch(m -> m.matches(relative));
    }
}
