package dev.stepproof.maven;

import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.audit.AuditConfig;
import dev.stepproof.toolkit.audit.AuditFormat;
import dev.stepproof.toolkit.audit.AuditInput;
import dev.stepproof.toolkit.audit.AuditReport;
import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.Auditor;
import dev.stepproof.toolkit.audit.Baseline;
import dev.stepproof.toolkit.audit.Finding;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Audits Step Functions state machines offline with {@link Auditor}: CloudFormation/SAM templates, CDK synth
 * output and ASL definitions with their role policies. Logs every finding as
 * {@code file:line:col: SEVERITY RULE-ID state 'X': message Fix: …}, writes the reports (console text, JSON,
 * SARIF, JUnit XML) to {@code target/stepproof-audit/}, and fails the build when a finding at or above
 * {@code failOnSeverity} (default HIGH) is neither suppressed nor in the baseline.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>dev.stepproof</groupId>
 *   <artifactId>stepproof-maven-plugin</artifactId>
 *   <executions>
 *     <execution>
 *       <goals><goal>audit</goal></goals>
 *     </execution>
 *   </executions>
 * </plugin>
 * }</pre>
 *
 * @since 0.1.0
 */
@Mojo(name = "audit", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class AuditMojo extends AbstractStepProofMojo {

    /** The includes when none are configured: SAM's usual template names, templates and definitions under src. */
    static final List<String> DEFAULT_INCLUDES = List.of("template.yaml", "template.yml", "template.json",
            "src/**/*.template.yaml", "src/**/*.template.yml", "src/**/*.template.json",
            "src/**/*.asl.json", "src/**/*.asl.yaml", "src/**/*.asl.yml");

    /** Root under which templates and definitions are searched. */
    @Parameter(property = "stepproof.audit.directory", defaultValue = "${project.basedir}")
    private File directory;

    /**
     * Glob patterns (relative to {@code directory}) of the files to audit. Files named {@code *.asl.json},
     * {@code *.asl.yaml} or {@code *.asl.yml} are definitions (with {@code <name>.role-policy.json} and
     * {@code <name>.trust-policy.json} beside them as the role's policies when present); every other file is a
     * CloudFormation/SAM template. Default: {@code template.yaml}, {@code template.yml}, {@code template.json},
     * and {@code src/**}{@code /*.template.{yaml,yml,json}} and {@code src/**}{@code /*.asl.{json,yaml,yml}}.
     */
    @Parameter(property = "stepproof.audit.includes")
    private List<String> includes = new ArrayList<>();

    /** Glob patterns of files to leave out. */
    @Parameter(property = "stepproof.audit.excludes")
    private List<String> excludes = new ArrayList<>();

    /** Definitions with explicitly named role and trust policies; these files are not audited twice. */
    @Parameter
    private List<AuditDefinition> definitions = new ArrayList<>();

    /** CDK synth output directories ({@code cdk.out}); every {@code *.template.json} in them is audited. */
    @Parameter
    private List<File> cdkOutDirectories = new ArrayList<>();

    /** The report formats to write: any of {@code console}, {@code json}, {@code sarif}, {@code junit}. */
    @Parameter(property = "stepproof.audit.formats", defaultValue = "console,json,sarif,junit")
    private List<String> formats = new ArrayList<>();

    /** Where the reports go, as {@code stepproof-audit.txt|json|sarif|xml}. */
    @Parameter(property = "stepproof.audit.outputDirectory", defaultValue = "${project.build.directory}/stepproof-audit")
    private File outputDirectory;

    /**
     * The lowest severity that fails the build: CRITICAL, HIGH, MEDIUM, LOW, INFO, or NONE (never fail).
     * Default HIGH, or the configuration file's {@code failOnSeverity} when it has one.
     */
    @Parameter(property = "stepproof.audit.failOnSeverity")
    private String failOnSeverity;

    /** The audit configuration file (suppressions, disabled rules, severity overrides, thresholds); used when present. */
    @Parameter(property = "stepproof.audit.config", defaultValue = "${project.basedir}/stepproof-audit.json")
    private File configFile;

    /** The baseline of accepted findings (fingerprints); used when present. */
    @Parameter(property = "stepproof.audit.baseline", defaultValue = "${project.basedir}/stepproof-audit-baseline.json")
    private File baselineFile;

    /** Write this run's active findings to {@code baselineFile} (accepting them) instead of failing on them. */
    @Parameter(property = "stepproof.audit.writeBaseline", defaultValue = "false")
    private boolean writeBaseline;

    /** Skip this goal only. */
    @Parameter(property = "stepproof.audit.skip", defaultValue = "false")
    private boolean skipAudit;

    @Override
    protected String goal() {
        return "audit";
    }

    @Override
    protected void executeGoal() throws MojoExecutionException, MojoFailureException {
        if (skipAudit) {
            getLog().info(summary("skipped (stepproof.audit.skip=true)."));
            return;
        }
        Set<AuditFormat> outputs = outputs();
        Auditor auditor = withThreshold(Auditor.standard().withConfig(config()));
        if (!writeBaseline) {
            auditor = baseline().map(auditor::withBaseline).orElse(auditor);
        }
        List<AuditInput> inputs = inputs();
        if (inputs.isEmpty()) {
            String shownDirectory = shown(directory.getAbsolutePath());
            getLog().info(summary("no templates or definitions under " + (shownDirectory.isEmpty() ? "." : shownDirectory)
                    + "; nothing audited."));
            return;
        }
        AuditReport report = auditor.audit(inputs);
        log(report);
        write(report, outputs);
        if (writeBaseline) {
            writeBaseline(report);
            return;
        }
        String summary = summary(report);
        if (!report.passed() || report.hasProblems()) {
            throw new MojoFailureException(summary);
        }
        getLog().info(summary);
    }

    private Set<AuditFormat> outputs() throws MojoExecutionException {
        Set<AuditFormat> set = EnumSet.noneOf(AuditFormat.class);
        for (String name : formats == null ? List.<String>of() : formats) {
            String n = name.strip().toUpperCase(Locale.ROOT);
            if (n.isEmpty()) {
                continue;
            }
            try {
                set.add(AuditFormat.valueOf(n));
            } catch (IllegalArgumentException e) {
                throw misconfigured("formats", "Unknown audit report format '" + name.strip() + "'.",
                        "Use any of console, json, sarif, junit (comma-separated with -Dstepproof.audit.formats).");
            }
        }
        return set;
    }

    /** Unset keeps the configuration file's threshold (HIGH without one); NONE never fails on findings. */
    private Auditor withThreshold(Auditor auditor) throws MojoExecutionException {
        if (failOnSeverity == null || failOnSeverity.isBlank()) {
            return auditor;
        }
        if (failOnSeverity.strip().equalsIgnoreCase("NONE")) {
            return auditor.withFailOnSeverity(null);
        }
        Optional<AuditSeverity> parsed = AuditSeverity.parse(failOnSeverity);
        if (parsed.isEmpty()) {
            throw misconfigured("failOnSeverity", "Unknown severity '" + failOnSeverity.strip() + "'.",
                    "Use CRITICAL, HIGH, MEDIUM, LOW, INFO or NONE.");
        }
        return auditor.withFailOnSeverity(parsed.get());
    }

    private AuditConfig config() throws MojoExecutionException {
        if (configFile == null || !configFile.isFile()) {
            return AuditConfig.defaults();
        }
        try {
            return AuditConfig.read(configFile.toPath());
        } catch (IOException | IllegalArgumentException e) {
            throw unreadable(configFile, "configuration", e, "Fix the file (docs/audit.md, Suppressions and thresholds) or "
                    + "point -Dstepproof.audit.config at another one.");
        }
    }

    private Optional<Baseline> baseline() throws MojoExecutionException {
        if (baselineFile == null || !baselineFile.isFile()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Baseline.read(baselineFile.toPath()));
        } catch (IOException e) {
            throw unreadable(baselineFile, "baseline", e, "Write it again with -Dstepproof.audit.writeBaseline.");
        }
    }

    private List<AuditInput> inputs() throws MojoExecutionException {
        List<AuditInput> inputs = new ArrayList<>();
        Set<Path> explicit = new LinkedHashSet<>();
        for (int i = 0; i < (definitions == null ? 0 : definitions.size()); i++) {
            AuditDefinition d = definitions.get(i);
            if (d == null || d.file() == null) {
                throw misconfigured("definitions/" + i, "A <definition> has no <file>.",
                        "Name the ASL file: <definition><file>src/main/resources/x.asl.json</file>…</definition>.");
            }
            Path file = d.file().toPath().toAbsolutePath().normalize();
            explicit.add(file);
            AuditInput input = AuditInput.definition(file);
            for (File policy : d.rolePolicies()) {
                input = input.withRolePolicy(policy.toPath());
            }
            if (d.trustPolicy() != null) {
                input = input.withTrustPolicy(d.trustPolicy().toPath());
            }
            inputs.add(input);
        }
        for (Path file : scan()) {
            if (!explicit.contains(file.toAbsolutePath().normalize())) {
                inputs.add(isDefinition(file) ? withConventionalPolicies(file) : AuditInput.template(file));
            }
        }
        for (File dir : cdkOutDirectories == null ? List.<File>of() : cdkOutDirectories) {
            inputs.add(AuditInput.cdkOut(dir.toPath()));
        }
        return inputs;
    }

    private List<Path> scan() throws MojoExecutionException {
        Path root = directory.toPath();
        try {
            // The build directory holds copies (target/classes) and this goal's own output: never audit it twice.
            return SourceFiles.of(includes, DEFAULT_INCLUDES, excludes).find(root).stream()
                    .filter(p -> !root.relativize(p).startsWith("target")).toList();
        } catch (IOException e) {
            throw new MojoExecutionException(summary("could not list " + root + ": " + e.getMessage()), e);
        }
    }

    private static boolean isDefinition(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".asl.json") || name.endsWith(".asl.yaml") || name.endsWith(".asl.yml");
    }

    /** {@code x.asl.json} is run by the role whose policies are {@code x.role-policy.json} and {@code x.trust-policy.json}. */
    private static AuditInput withConventionalPolicies(Path file) {
        String name = file.getFileName().toString();
        String stem = name.substring(0, name.lastIndexOf(".asl."));
        AuditInput input = AuditInput.definition(file);
        Path policy = file.resolveSibling(stem + ".role-policy.json");
        if (Files.isRegularFile(policy)) {
            input = input.withRolePolicy(policy);
        }
        Path trust = file.resolveSibling(stem + ".trust-policy.json");
        if (Files.isRegularFile(trust)) {
            input = input.withTrustPolicy(trust);
        }
        return input;
    }

    private void log(AuditReport report) {
        for (Diagnostic d : report.problems()) {
            getLog().error(format(d));
        }
        for (Finding f : report.findings()) {
            String line = line(f);
            if (!f.isActive()) {
                getLog().info(line);
            } else if (report.failingFindings().contains(f) || f.severity().isAtLeast(AuditSeverity.HIGH)) {
                getLog().error(line);
            } else if (f.severity().isAtLeast(AuditSeverity.LOW)) {
                getLog().warn(line);
            } else {
                getLog().info(line);
            }
            if (f.isActive() && f.policySnippet() != null) {
                for (String l : f.policySnippet().split("\n")) {
                    getLog().info("    " + l);
                }
            }
        }
    }

    /** @return {@code file:line:col: SEVERITY RULE-ID state 'X': message Fix: …} (machine-level: {@code machine 'M'}) */
    private String line(Finding f) {
        StringBuilder b = new StringBuilder(shown(f.location().source()));
        if (f.location().position().isKnown()) {
            b.append(':').append(f.location().position());
        }
        b.append(": ").append(f.severity()).append(' ').append(f.ruleId()).append(' ');
        b.append(f.stateName() == null ? "machine '" + f.machine() + "'" : "state '" + f.stateName() + "'");
        // Most messages open with the state's name themselves; say it once.
        String message = f.message();
        String lead = "State '" + f.stateName() + "': ";
        b.append(": ").append(message.startsWith(lead) ? message.substring(lead.length()) : message);
        if (!f.isActive()) {
            String reason = f.suppression().reason();
            b.append(" [suppressed by ").append(f.suppression().origin()).append(reason.isEmpty() ? "" : ": " + reason).append(']');
        } else if (!f.fix().isEmpty()) {
            b.append(" Fix: ").append(f.fix());
        }
        return b.toString();
    }

    private void write(AuditReport report, Set<AuditFormat> outputs) throws MojoExecutionException {
        for (AuditFormat format : outputs) {
            Path file = outputDirectory.toPath().resolve("stepproof-audit." + format.extension());
            try {
                format.write(report, file, basedir());
            } catch (UncheckedIOException e) {
                throw new MojoExecutionException(summary("could not write " + shown(file.toString()) + ": "
                        + e.getCause().getMessage()), e);
            }
        }
        if (!outputs.isEmpty()) {
            getLog().info("StepProof audit reports in " + shown(outputDirectory.getAbsolutePath()) + ".");
        }
    }

    private void writeBaseline(AuditReport report) throws MojoExecutionException {
        try {
            Baseline.of(report).write(baselineFile.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException(summary("could not write the baseline " + baselineFile + ": " + e.getMessage()), e);
        }
        getLog().info(summary(report.activeFindings().size() + " finding(s) written to the baseline "
                + shown(baselineFile.getAbsolutePath()) + "; later runs ignore them."));
    }

    private String summary(AuditReport report) {
        StringBuilder b = new StringBuilder().append(report.machines().size()).append(" state machine(s), ")
                .append(report.activeFindings().size()).append(" finding(s)");
        if (!report.severityCounts().isEmpty()) {
            b.append(" (").append(report.severityCounts()).append(')');
        }
        b.append(", ").append(report.suppressedFindings().size()).append(" suppressed");
        if (report.hasProblems()) {
            b.append(", ").append(report.problems().size()).append(" unreadable input(s)");
        }
        String threshold = report.failOnSeverity().map(Enum::name).orElse("NONE");
        b.append("; ").append(report.failingFindings().size()).append(" at or above failOnSeverity ").append(threshold).append('.');
        return summary(b.toString());
    }

    private MojoExecutionException misconfigured(String setting, String message, String hint) {
        Diagnostic d = PluginDiagnostics.auditMisconfigured(setting, message, hint);
        getLog().error(d.format());
        return new MojoExecutionException(summary("the goal is misconfigured: " + message));
    }

    private MojoExecutionException unreadable(File file, String what, Exception e, String hint) {
        Diagnostic d = PluginDiagnostics.auditFileUnreadable(file.getPath(), what, e.getMessage(), hint);
        getLog().error(format(d));
        return new MojoExecutionException(summary("the " + what + " " + shown(file.getAbsolutePath()) + " cannot be read."), e);
    }
}
