package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditRule;
import dev.stepproof.toolkit.audit.AuditSeverity;

/** Id, severity, title and help held as fields, so each rule class only writes its check and its messages. */
abstract class RuleBase implements AuditRule {

    private final String id;
    private final AuditSeverity severity;
    private final String title;
    private final String help;

    RuleBase(String id, AuditSeverity severity, String title, String help) {
        this.id = id;
        this.severity = severity;
        this.title = title;
        this.help = help;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final AuditSeverity defaultSeverity() {
        return severity;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final String help() {
        return help;
    }
}
