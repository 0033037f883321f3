package dev.stepproof.toolkit.audit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.Diagnostic;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of an audit: every finding (suppressed ones included, so reports keep the trail), the inputs that
 * could not be read, the machines audited with the least-privilege policy derived for each, and the verdict
 * against the {@code failOnSeverity} threshold.
 *
 * @param findings       all findings, in input and rule order; never null
 * @param problems       inputs that could not be read or rules that crashed, as diagnostics; never null
 * @param machines       the state machines audited; never null
 * @param rules          the rules that ran (for SARIF rule metadata and JUnit test cases); never null
 * @param failOnSeverity the lowest severity that fails; empty: the report never fails on findings
 * @since 0.1.0
 */
public record AuditReport(List<Finding> findings, List<Diagnostic> problems, List<AuditedMachine> machines,
                          List<AuditRule> rules, Optional<AuditSeverity> failOnSeverity) {

    /**
     * One audited state machine.
     *
     * @param name                  template logical id or definition file name
     * @param source                the file it was read from
     * @param leastPrivilegePolicy  the smallest execution-role policy its definition and settings need
     * @since 0.1.0
     */
    public record AuditedMachine(String name, String source, JsonNode leastPrivilegePolicy) {
    }

    public AuditReport {
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
        machines = List.copyOf(machines);
        rules = List.copyOf(rules);
    }

    /** @return the findings no suppression applies to */
    public List<Finding> activeFindings() {
        return findings.stream().filter(Finding::isActive).toList();
    }

    /** @return the suppressed findings */
    public List<Finding> suppressedFindings() {
        return findings.stream().filter(f -> !f.isActive()).toList();
    }

    /** @return the active findings at or above the threshold: why the gate fails */
    public List<Finding> failingFindings() {
        return failOnSeverity.map(t -> activeFindings().stream().filter(f -> f.severity().isAtLeast(t)).toList())
                .orElse(List.of());
    }

    /** @return whether no active finding reaches the threshold (input problems are reported separately) */
    public boolean passed() {
        return failingFindings().isEmpty();
    }

    /** @return whether some input could not be read or some rule failed to run */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** @return active findings counted by severity, every severity present */
    public Map<AuditSeverity, Integer> countBySeverity() {
        Map<AuditSeverity, Integer> counts = new EnumMap<>(AuditSeverity.class);
        for (AuditSeverity s : AuditSeverity.values()) {
            counts.put(s, 0);
        }
        activeFindings().forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }

    /**
     * @return the active findings by severity, most serious first, e.g. {@code 2 HIGH, 1 INFO}; empty when there
     *         are none. The console report and the Maven goal's summary line both use it.
     */
    public String severityCounts() {
        List<String> counts = new ArrayList<>();
        countBySeverity().forEach((severity, n) -> {
            if (n > 0) {
                counts.add(n + " " + severity);
            }
        });
        return String.join(", ", counts);
    }

    /** @return the findings of one rule */
    public List<Finding> findingsOf(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }
}
