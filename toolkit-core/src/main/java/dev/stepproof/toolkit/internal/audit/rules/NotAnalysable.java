package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.internal.audit.InputNotes;
import dev.stepproof.toolkit.internal.audit.Loaded;

import java.util.ArrayList;
import java.util.List;

/**
 * ASL-014: parts StepProof could not analyse (a definition in S3, a role defined outside the template, an unknown
 * SAM policy template). A coverage signal: cfn-lint silently skips such definitions.
 */
public final class NotAnalysable extends RuleBase {

    /** The rule id. */
    public static final String ID = "ASL-014";

    NotAnalysable() {
        super(ID, AuditSeverity.INFO, "Part of the state machine could not be analysed",
                "StepProof audits what it can read offline. Definitions in S3, roles defined in other stacks and "
                        + "unknown SAM policy templates are listed so that a clean report is not mistaken for full coverage.");
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        List<Finding> out = new ArrayList<>();
        subject.extra(InputNotes.class).ifPresent(notes -> {
            for (InputNotes.Coverage c : notes.coverage()) {
                out.add(new Finding(ID, AuditSeverity.INFO, subject.name(), null, c.location(),
                        message(subject.name(), c.what()), fix(), null, c.what(), "", null));
            }
        });
        return out;
    }

    /** @return the finding for a state machine that could not be modelled at all */
    public static Finding finding(Loaded.Unanalysed u) {
        return new Finding(ID, AuditSeverity.INFO, u.machine(), null, u.note().location(),
                message(u.machine(), u.note().what()), fix(), null, u.note().what(), "", null);
    }

    static String message(String machine, String what) {
        return "State machine '" + machine + "' was not fully audited: " + what + ".";
    }

    static String fix() {
        return "Give StepProof the missing input (the definition file, the role's policies) or accept the gap.";
    }
}
