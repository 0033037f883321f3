package dev.stepproof.junit.internal;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.Finding;
import org.assertj.core.error.ErrorMessageFactory;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * Messages for assertions on audit reports. Each lists the findings concerned, one a line, as
 * {@code RULE-ID SEVERITY state 'X' (file:line:col)}. Not API.
 *
 * @since 0.1.0
 */
public final class AuditMessages {

    private AuditMessages() {
    }

    /** {@code Expecting no audit findings but found 2:} and the findings */
    public static ErrorMessageFactory shouldHaveNoFindings(List<Finding> found) {
        return new Message(r -> "Expecting no audit findings but found " + found.size() + ":" + list(found));
    }

    /** {@code Expecting no audit findings at or above HIGH but found 1:} and the findings */
    public static ErrorMessageFactory shouldHaveNoFindingsAtOrAbove(AuditSeverity severity, List<Finding> found) {
        return new Message(r -> "Expecting no audit findings at or above " + severity + " but found " + found.size() + ":"
                + list(found));
    }

    /** {@code Expecting an audit finding of rule 'X' but found none; findings:} and all findings */
    public static ErrorMessageFactory shouldHaveFinding(String ruleId, List<Finding> all) {
        return new Message(r -> "Expecting an audit finding of rule '" + ruleId + "' but found none; findings:" + list(all));
    }

    /** {@code Expecting only audit findings of rules [A, B] but found:} the findings, then what is missing and extra */
    public static ErrorMessageFactory shouldHaveOnlyFindings(Collection<String> expected, List<Finding> found,
                                                             Collection<String> missing, Collection<String> unexpected) {
        return new Message(r -> "Expecting only audit findings of rules " + expected + " but found:" + list(found)
                + "\nmissing: " + missing + "; unexpected: " + unexpected);
    }

    /** {@code Expecting a finding of rule 'X' on state 'S' but it has none there; findings of 'X':} … */
    public static ErrorMessageFactory shouldBeOnState(String ruleId, String state, List<Finding> ofRule) {
        return new Message(r -> "Expecting a finding of rule '" + ruleId + "' on state '" + state
                + "' but it has none there; findings of '" + ruleId + "':" + list(ofRule));
    }

    /** {@code Expecting the findings of rule 'X' to have severity LOW but found:} … */
    public static ErrorMessageFactory shouldHaveSeverity(String ruleId, AuditSeverity severity, List<Finding> selected) {
        return new Message(r -> "Expecting the findings of rule '" + ruleId + "' to have severity " + severity
                + " but found:" + list(selected));
    }

    /** @return {@code RULE-ID SEVERITY state 'X' (file:line:col)}, {@code machine 'M'} for machine-wide findings */
    public static String describe(Finding f) {
        String where = f.stateName() == null ? "machine '" + f.machine() + "'" : "state '" + f.stateName() + "'";
        String file;
        try {
            Path name = Path.of(f.location().source()).getFileName();
            file = name == null ? f.location().source() : name.toString();
        } catch (RuntimeException notAPath) {
            file = f.location().source();
        }
        String position = f.location().position().isKnown() ? ":" + f.location().position() : "";
        return f.ruleId() + " " + f.severity() + " " + where + " (" + file + position + ")";
    }

    private static String list(List<Finding> findings) {
        if (findings.isEmpty()) {
            return " none";
        }
        StringBuilder b = new StringBuilder();
        for (Finding f : findings) {
            b.append("\n  ").append(describe(f));
        }
        return b.toString();
    }
}
