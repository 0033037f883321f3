package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;

import java.util.List;

/** OBS-004: X-Ray tracing disabled (suppress when a third-party tracer is used). */
final class TracingDisabledRule extends SettingsRule {

    TracingDisabledRule() {
        super("OBS-004", AuditSeverity.LOW, "X-Ray tracing disabled",
                "Tracing shows where time goes across the services a workflow calls. Enable it, or suppress this rule "
                        + "with a reason when another tracer is used.");
    }

    @Override
    List<Finding> checkSettings(AuditSubject subject) {
        return subject.settings().tracingEnabled() ? List.of()
                : List.of(at(subject, "TracingConfiguration", defaultSeverity(), message(subject.name()), fix()));
    }

    static String message(String machine) {
        return "State machine '" + machine + "' does not enable X-Ray tracing.";
    }

    static String fix() {
        return "Add TracingConfiguration {Enabled: true} (SAM: Tracing) and the xray:* permissions PERM-006 lists.";
    }
}
