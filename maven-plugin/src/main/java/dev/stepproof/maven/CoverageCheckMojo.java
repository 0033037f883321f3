package dev.stepproof.maven;

import dev.stepproof.toolkit.Diagnostic;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
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
 * Checks workflow coverage, as recorded in {@code coverage.json} by the StepProof JUnit integration, against
 * per-state-machine minimum ratios, like JaCoCo's {@code check} goal:
 *
 * <pre>{@code
 * <execution>
 *   <goals><goal>coverage-check</goal></goals>
 *   <configuration>
 *     <rules>
 *       <rule>
 *         <stateMachine>*</stateMachine>
 *         <limits>
 *           <limit><counter>STATES</counter><minimum>0.80</minimum></limit>
 *           <limit><counter>CHOICE_RULES</counter><minimum>50%</minimum></limit>
 *         </limits>
 *       </rule>
 *     </rules>
 *   </configuration>
 * </execution>
 * }</pre>
 *
 * <p>Counters: STATES, TRANSITIONS, CHOICE_RULES, RETRIERS, CATCHERS, BRANCHES. A rule's {@code stateMachine} is a
 * name glob ({@code *}, {@code ?}; default {@code *}). A counter with nothing to cover (no Choice states, say) meets
 * every minimum. Each violation is logged, e.g. {@code Rule violated for state machine orders: states covered ratio
 * is 0.50, but expected minimum is 0.80 (uncovered: Refund, Release)}, then one summary line.
 *
 * <p>A missing coverage file fails the build (SP-P001) unless {@code skipIfMissing} is set; a file that cannot
 * be read as version 1 fails it with SP-P002/SP-P003; a misconfigured rule stops the goal with SP-P007.
 *
 * @since 0.1.0
 */
@Mojo(name = "coverage-check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CoverageCheckMojo extends AbstractStepProofMojo {

    /** The coverage data written by the tests. */
    @Parameter(property = "stepproof.coverage.file", defaultValue = "${project.build.directory}/stepproof/coverage.json")
    private File coverageFile;

    /** The rules to enforce; see the goal description for the format. */
    @Parameter
    private List<CoverageRule> rules = new ArrayList<>();

    /** When the coverage file does not exist, log that and pass instead of failing. */
    @Parameter(property = "stepproof.coverage.skipIfMissing", defaultValue = "false")
    private boolean skipIfMissing;

    /** Fail the build when a rule is violated; when false, violations are logged as warnings. */
    @Parameter(property = "stepproof.coverage.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    @Override
    protected String goal() {
        return "coverage-check";
    }

    @Override
    protected void executeGoal() throws MojoExecutionException, MojoFailureException {
        CoverageRules.Compiled compiled = CoverageRules.compile(rules == null ? List.of() : rules);
        if (!compiled.problems().isEmpty()) {
            compiled.problems().forEach(d -> getLog().error(d.format()));
            throw new MojoExecutionException(summary("the coverage rules are misconfigured; see the log for details."));
        }
        if (rules == null || rules.isEmpty()) {
            getLog().info(summary("no rules configured; nothing checked."));
            return;
        }
        Path file = coverageFile.toPath();
        String shownFile = shown(file.toAbsolutePath().toString());
        if (!Files.isRegularFile(file)) {
            if (skipIfMissing) {
                getLog().info(summary("no coverage data at " + shownFile + "; skipped (stepproof.coverage.skipIfMissing=true)."));
                return;
            }
            getLog().error(PluginDiagnostics.coverageFileMissing(shownFile).format());
            throw new MojoFailureException(summary("no coverage data at " + shownFile + "; nothing was checked."));
        }
        report(compiled.rules().check(read(file, shownFile)));
    }

    private List<MachineCoverage> read(Path file, String shownFile) throws MojoExecutionException, MojoFailureException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException(summary("could not read " + shownFile + ": " + e.getMessage()), e);
        }
        try {
            return CoverageFile.parse(shownFile, text);
        } catch (InputProblem problem) {
            Diagnostic d = problem.diagnostic();
            getLog().error(d.format());
            throw new MojoFailureException(summary("cannot read the coverage data in " + shownFile + " (" + d.code() + "); nothing was checked."));
        }
    }

    private void report(CoverageRules.Outcome outcome) throws MojoFailureException {
        outcome.unmatched().forEach(getLog()::warn);
        for (String violation : outcome.violations()) {
            if (failOnViolation) {
                getLog().error(violation);
            } else {
                getLog().warn(violation);
            }
        }
        if (outcome.met()) {
            getLog().info(summary("all coverage checks have been met (" + Text.count(outcome.machines(), "state machine")
                    + ", " + Text.count(outcome.limitsChecked(), "limit") + ")."));
            return;
        }
        String summary = summary("coverage checks have not been met (" + Text.count(outcome.violations().size(), "violation")
                + " in " + Text.count(outcome.failing(), "state machine") + "). See the log for details.");
        if (failOnViolation) {
            throw new MojoFailureException(summary);
        }
        getLog().warn(summary);
    }
}
