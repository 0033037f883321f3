package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.audit.FindingLocation;
import dev.stepproof.toolkit.internal.audit.TemplateContext;

import java.util.List;

/** The OBS rules judge the template's settings, which a bare definition does not have. */
abstract class SettingsRule extends RuleBase {

    SettingsRule(String id, AuditSeverity severity, String title, String help) {
        super(id, severity, title, help);
    }

    /** @return the findings for settings that are known */
    abstract List<Finding> checkSettings(AuditSubject subject);

    @Override
    public final List<Finding> check(AuditSubject subject) {
        return subject.settings().known() ? checkSettings(subject) : List.of();
    }

    /** A finding at a property of the state machine resource (its nearest existing ancestor if absent). */
    Finding at(AuditSubject subject, String property, AuditSeverity severity, String message, String fix) {
        FindingLocation location = subject.extra(TemplateContext.class)
                .map(t -> t.resource().locate("/Properties/" + property))
                .orElse(subject.locate(""));
        return new Finding(id(), severity, subject.name(), null, location, message, fix, null, property, "", null);
    }
}
