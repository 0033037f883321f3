package dev.stepproof.maven;

import dev.stepproof.toolkit.Diagnostic;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;

/**
 * What every StepProof goal shares: {@code stepproof.skip}, the project directory for showing paths, and the
 * outcome convention.
 *
 * <p>{@link #execute()} is final: it honours {@code stepproof.skip}, then runs {@link #executeGoal()}. Goals
 * report what they find in the project's files (invalid definitions, failed scenarios, unmet coverage) as
 * {@link MojoFailureException}, shown by Maven as a BUILD FAILURE, and problems that are not about those files
 * (unreadable directories, misconfiguration, bugs) as {@link MojoExecutionException}. A {@link RuntimeException}
 * escaping a goal is a bug, so it is wrapped as the latter rather than shown as a bare stack trace.
 *
 * <p>Every goal logs each finding on its own line and ends with one summary line starting with
 * {@code StepProof <goal>:}; when the build fails, that summary is the exception's message.
 *
 * @since 0.1.0
 */
public abstract class AbstractStepProofMojo extends AbstractMojo {

    /** The project's base directory; paths in messages are shown relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    /** Skip every StepProof goal. */
    @Parameter(property = "stepproof.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("StepProof " + goal() + " skipped (stepproof.skip=true).");
            return;
        }
        try {
            executeGoal();
        } catch (RuntimeException e) {
            throw new MojoExecutionException("StepProof " + goal() + " failed unexpectedly: " + e, e);
        }
    }

    /** @return the goal's name as users type it, e.g. {@code coverage-check}; used in every message */
    protected abstract String goal();

    /**
     * Runs the goal.
     *
     * @throws MojoFailureException   when the project's files hold findings that fail the build
     * @throws MojoExecutionException when something unexpected stops the goal (I/O, misconfiguration)
     */
    protected abstract void executeGoal() throws MojoExecutionException, MojoFailureException;

    /** @return the project's base directory (the current directory when run without a project); never null */
    protected final Path basedir() {
        return basedir.toPath().toAbsolutePath();
    }

    /** @return {@code path} relative to the project directory when it lies inside it, else as given */
    protected final String shown(String path) {
        return Text.shown(basedir(), path);
    }

    /** @return the diagnostic's one-line form with its file shown relative to the project */
    protected final String format(Diagnostic d) {
        return new Diagnostic(d.code(), d.severity(), shown(d.source()), d.pointer(), d.position(), d.message(), d.hint()).format();
    }

    /** @return {@code "StepProof <goal>: " + text}, the prefix of every summary line */
    protected final String summary(String text) {
        return "StepProof " + goal() + ": " + text;
    }
}
