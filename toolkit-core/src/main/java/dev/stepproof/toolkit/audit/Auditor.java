package dev.stepproof.toolkit.audit;

import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.Severity;
import dev.stepproof.toolkit.internal.audit.DefinitionInputs;
import dev.stepproof.toolkit.internal.audit.Documents;
import dev.stepproof.toolkit.internal.audit.Fingerprints;
import dev.stepproof.toolkit.internal.audit.Loaded;
import dev.stepproof.toolkit.internal.audit.Suppressor;
import dev.stepproof.toolkit.internal.audit.iam.IamRequirements;
import dev.stepproof.toolkit.internal.audit.iam.PermissionModel;
import dev.stepproof.toolkit.internal.audit.rules.BuiltInRules;
import dev.stepproof.toolkit.internal.audit.rules.NotAnalysable;
import dev.stepproof.toolkit.internal.audit.template.TemplateInputs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Audits state machines: their definitions, their execution roles and their template settings, with the
 * built-in rules (IAM, TRUST, PERM, LP, SEC, RES, OBS, ASL families; see {@code docs/audit.md}) plus any
 * {@link AuditRule} a project adds. Never throws on bad input: unreadable files come back as
 * {@link AuditReport#problems()}. Immutable and thread-safe; {@code with…} methods return changed copies.
 *
 * <pre>{@code
 * AuditReport report = Auditor.standard()
 *         .withConfig(AuditConfig.read(Path.of("stepproof-audit.json")))
 *         .audit(AuditInput.template(Path.of("template.yaml")));
 * Files.writeString(Path.of("target/audit.sarif"), AuditFormat.SARIF.render(report));
 * if (!report.passed()) { ... }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Auditor {

    private final AuditConfig config;
    private final Baseline baseline;
    private final List<AuditRule> additional;
    private final IamRequirements table;
    private final Clock clock;

    private Auditor(AuditConfig config, Baseline baseline, List<AuditRule> additional, IamRequirements table, Clock clock) {
        this.config = config;
        this.baseline = baseline;
        this.additional = List.copyOf(additional);
        this.table = table;
        this.clock = clock;
    }

    /** @return an auditor with every built-in rule, failing on HIGH, without suppressions */
    public static Auditor standard() {
        return new Auditor(AuditConfig.defaults(), Baseline.empty(), List.of(), IamRequirements.standard(), Clock.systemUTC());
    }

    /** @return a copy using {@code config} (thresholds, disabled rules, overrides, suppressions, failOnSeverity) */
    public Auditor withConfig(AuditConfig config) {
        return new Auditor(Objects.requireNonNull(config, "config"), baseline, additional, table, clock);
    }

    /** @return a copy that accepts the findings of {@code baseline} */
    public Auditor withBaseline(Baseline baseline) {
        return new Auditor(config, Objects.requireNonNull(baseline, "baseline"), additional, table, clock);
    }

    /** @return a copy failing on {@code severity} and above; null: never fail on findings */
    public Auditor withFailOnSeverity(AuditSeverity severity) {
        return new Auditor(config.withFailOnSeverity(severity), baseline, additional, table, clock);
    }

    /** @return a copy that also runs {@code rules} */
    public Auditor withAdditionalRules(List<AuditRule> rules) {
        List<AuditRule> all = new ArrayList<>(additional);
        all.addAll(rules);
        return new Auditor(config, baseline, all, table, clock);
    }

    /** @return a copy judging suppression expiry by {@code clock} (for tests) */
    public Auditor withClock(Clock clock) {
        return new Auditor(config, baseline, additional, table, Objects.requireNonNull(clock, "clock"));
    }

    /** @return the rules this auditor runs, built-in first, without disabled ones */
    public List<AuditRule> rules() {
        List<AuditRule> all = new ArrayList<>(BuiltInRules.all(config, table));
        all.addAll(additional);
        return all.stream().filter(r -> !config.disabledRules().contains(r.id())).toList();
    }

    /**
     * @param inputs what to audit, never null
     * @return the report
     */
    public AuditReport audit(AuditInput... inputs) {
        return audit(List.of(inputs));
    }

    /**
     * @param inputs what to audit, never null
     * @return the report
     */
    public AuditReport audit(List<AuditInput> inputs) {
        List<AuditRule> rules = rules();
        List<Finding> findings = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        List<AuditReport.AuditedMachine> machines = new ArrayList<>();
        Suppressor suppressor = new Suppressor(config, baseline, LocalDate.now(clock));
        TemplateInputs templates = new TemplateInputs();
        for (AuditInput input : inputs) {
            Loaded loaded = load(input, templates);
            problems.addAll(loaded.problems());
            for (Loaded.Unanalysed u : loaded.unanalysed()) {
                findings.add(finish(NotAnalysable.finding(u), null, suppressor));
            }
            for (AuditSubject subject : loaded.subjects()) {
                machines.add(new AuditReport.AuditedMachine(subject.name(), subject.locate("").source(),
                        PermissionModel.of(subject, table).leastPrivilegePolicy()));
                for (AuditRule rule : rules) {
                    run(rule, subject, findings, problems, suppressor);
                }
            }
        }
        return new AuditReport(findings, problems, machines, rules, config.failOnSeverity());
    }

    /** Reading never throws: an input that breaks the reader is reported like an unreadable one. */
    private static Loaded load(AuditInput input, TemplateInputs templates) {
        try {
            return switch (input.kind()) {
                case DEFINITION -> DefinitionInputs.load(input);
                case TEMPLATE -> templates.template(input.path());
                case CDK_OUT -> templates.cdkOut(input.path());
            };
        } catch (RuntimeException e) {
            return new Loaded(List.of(), List.of(Documents.unreadable(input.path().toString(),
                    "could not be read (" + e + "); please report this as a StepProof bug")), List.of());
        }
    }

    private void run(AuditRule rule, AuditSubject subject, List<Finding> findings, List<Diagnostic> problems,
                     Suppressor suppressor) {
        try {
            for (Finding f : rule.check(subject)) {
                findings.add(finish(f, subject, suppressor));
            }
        } catch (RuntimeException e) {
            // A crashing rule must not hide the other rules' findings; the report says which rule failed.
            problems.add(new Diagnostic("SP-A002", Severity.ERROR, subject.locate("").source(), "",
                    subject.locate("").position(), "Audit rule [" + rule.id() + "] failed on state machine ["
                    + subject.name() + "]: " + e, "Report this as a StepProof bug, or disable the rule."));
        }
    }

    private Finding finish(Finding f, AuditSubject subject, Suppressor suppressor) {
        AuditSeverity override = config.severityOverrides().get(f.ruleId());
        Finding adjusted = override == null ? f : f.withSeverity(override);
        adjusted = adjusted.withFingerprint(Fingerprints.of(adjusted));
        return suppressor.apply(adjusted, subject);
    }
}
