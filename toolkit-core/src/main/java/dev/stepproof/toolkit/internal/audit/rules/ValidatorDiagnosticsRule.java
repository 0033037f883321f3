package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.internal.audit.InputNotes;

import java.util.ArrayList;
import java.util.List;

/**
 * ASL-000: what StepProof's definition validator reports (its SP-S/SP-V codes are in the message). ERRORs, which
 * AWS would reject, are HIGH so they fail the default gate; WARNINGs are LOW.
 */
final class ValidatorDiagnosticsRule extends RuleBase {

    ValidatorDiagnosticsRule() {
        super("ASL-000", AuditSeverity.HIGH, "Definition is not valid ASL",
                "The definition validator found a problem AWS would reject (ERROR) or that is likely a mistake (WARNING); "
                        + "see docs/diagnostics.md for the SP code in the message.");
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        List<Finding> out = new ArrayList<>();
        for (Diagnostic d : subject.extra(InputNotes.class).map(InputNotes::validator).orElse(List.of())) {
            AuditSeverity severity = switch (d.severity()) {
                case ERROR -> AuditSeverity.HIGH;
                case WARNING -> AuditSeverity.LOW;
                case INFO -> AuditSeverity.INFO;
            };
            out.add(subject.finding(this, Definitions.owner(subject.machine().allStates(), d.pointer()), d.pointer(),
                    d.code() + ": " + d.message(), d.hint()).withSeverity(severity).withEvidence(d.code() + d.pointer()));
        }
        return out;
    }
}
