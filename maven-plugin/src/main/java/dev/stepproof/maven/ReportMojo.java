package dev.stepproof.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a self-contained HTML report ({@code index.html}: inline CSS and SVG, no script) of what the build
 * found: per state machine in {@code coverage.json}, its ratio per counter with bars, the missed items and a
 * diagram coloured by coverage; then the scenario results from the {@code TEST-*.xml} files of the
 * {@code scenarios} goal.
 *
 * <pre>{@code
 * <execution>
 *   <goals><goal>report</goal></goals>
 * </execution>
 * }</pre>
 *
 * <p>To draw a machine the goal needs its definition: it reads the definitions under {@code directory} (the same
 * {@code includes}/{@code excludes} as {@code validate}) and matches each coverage entry by definition hash, then
 * by name (the file name without {@code .asl.json}); when neither matches, the page says "definition not found".
 * Missing inputs are not errors: the page holds what is available and says what was missing. The goal fails only
 * when the page cannot be written.
 *
 * @since 0.1.0
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ReportMojo extends AbstractStepProofMojo {

    /** Where {@code index.html} is written. */
    @Parameter(property = "stepproof.report.outputDirectory", defaultValue = "${project.build.directory}/site/stepproof")
    private File outputDirectory;

    /** The coverage data written by the tests. */
    @Parameter(property = "stepproof.report.coverageFile", defaultValue = "${project.build.directory}/stepproof/coverage.json")
    private File coverageFile;

    /** Where the {@code scenarios} goal writes its {@code TEST-*.xml} files. */
    @Parameter(property = "stepproof.report.reportsDirectory", defaultValue = "${project.build.directory}/stepproof-reports")
    private File reportsDirectory;

    /** Root under which definitions are searched, as for {@code validate}. */
    @Parameter(property = "stepproof.directory", defaultValue = "${project.basedir}/src")
    private File directory;

    /** Glob patterns (relative to {@code directory}) of definitions; as for {@code validate} when empty. */
    @Parameter(property = "stepproof.includes")
    private List<String> includes = new ArrayList<>();

    /** Glob patterns of files to leave out. */
    @Parameter(property = "stepproof.excludes")
    private List<String> excludes = new ArrayList<>();

    @Override
    protected String goal() {
        return "report";
    }

    @Override
    protected void executeGoal() throws MojoExecutionException {
        HtmlReport.Rendered rendered = new HtmlReport(coverageFile.toPath(), reportsDirectory.toPath(),
                findDefinitions(), this::shown).render();
        rendered.notes().forEach(note -> getLog().info("StepProof report: " + note + "."));
        Path out = outputDirectory.toPath().resolve("index.html");
        String shownOut = shown(out.toAbsolutePath().toString());
        try {
            Files.createDirectories(out.getParent());
            Files.writeString(out, rendered.html(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException(summary("could not write " + shownOut + ": " + e.getMessage()), e);
        }
        getLog().info(summary(shownOut + " (" + Text.count(rendered.machines(), "state machine") + ", "
                + Text.count(rendered.cases(), "scenario case") + ")."));
    }

    private List<Path> findDefinitions() throws MojoExecutionException {
        Path root = directory.toPath();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try {
            return SourceFiles.of(includes, ValidateMojo.DEFAULT_INCLUDES, excludes).find(root);
        } catch (IOException e) {
            throw new MojoExecutionException(summary("could not list " + root + ": " + e.getMessage()), e);
        }
    }
}
