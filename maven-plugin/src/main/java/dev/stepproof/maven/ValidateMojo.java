package dev.stepproof.maven;

import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.Severity;
import dev.stepproof.toolkit.WorkflowType;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates Step Functions definitions (ASL JSON or YAML) found under {@code directory} by the
 * {@code includes}/{@code excludes} globs, logging every diagnostic as {@code file:line:col: SEVERITY CODE …}
 * and failing the build on errors (and, with {@code failOnWarning}, on warnings).
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>dev.stepproof</groupId>
 *   <artifactId>stepproof-maven-plugin</artifactId>
 *   <executions>
 *     <execution>
 *       <goals><goal>validate</goal></goals>
 *     </execution>
 *   </executions>
 * </plugin>
 * }</pre>
 *
 * @since 0.1.0
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ValidateMojo extends AbstractStepProofMojo {

    /** Root under which definitions are searched. */
    @Parameter(property = "stepproof.directory", defaultValue = "${project.basedir}/src")
    private File directory;

    /** The includes when none are configured. */
    static final List<String> DEFAULT_INCLUDES = List.of("**/*.asl.json", "**/*.asl.yaml", "**/*.asl.yml");

    /**
     * Glob patterns (relative to {@code directory}) of definitions to validate; when empty,
     * {@code **}{@code /*.asl.json}, {@code **}{@code /*.asl.yaml} and {@code **}{@code /*.asl.yml}.
     */
    @Parameter(property = "stepproof.includes")
    private List<String> includes = new ArrayList<>();

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

    @Override
    protected String goal() {
        return "validate";
    }

    @Override
    protected void executeGoal() throws MojoExecutionException, MojoFailureException {
        List<Path> files = findDefinitions();
        DefinitionReader reader = DefinitionReader.standard().withWorkflowType(workflowType);
        int errors = 0;
        int warnings = 0;
        for (Path file : files) {
            for (Diagnostic d : reader.read(file).diagnostics()) {
                String line = format(d);
                if (d.severity() == Severity.ERROR) {
                    errors++;
                    getLog().error(line);
                } else if (d.severity() == Severity.WARNING) {
                    warnings++;
                    getLog().warn(line);
                } else {
                    getLog().info(line);
                }
            }
        }
        String summary = summary(files.size() + " definition(s), " + errors + " error(s), " + warnings + " warning(s).");
        if ((errors > 0 && failOnError) || (warnings > 0 && failOnWarning)) {
            throw new MojoFailureException(summary);
        }
        getLog().info(summary);
    }

    private List<Path> findDefinitions() throws MojoExecutionException {
        Path root = directory.toPath();
        if (!Files.isDirectory(root)) {
            getLog().info(summary("no directory " + root + "; nothing to validate."));
            return List.of();
        }
        try {
            return SourceFiles.of(includes, DEFAULT_INCLUDES, excludes).find(root);
        } catch (IOException e) {
            throw new MojoExecutionException(summary("could not list " + root + ": " + e.getMessage()), e);
        }
    }
}
