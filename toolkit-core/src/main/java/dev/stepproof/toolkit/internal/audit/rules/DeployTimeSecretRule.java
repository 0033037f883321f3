package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.internal.audit.template.TemplateResolver;

import java.util.ArrayList;
import java.util.List;

/**
 * SEC-005: a CloudFormation dynamic reference to a secret ({@code {{resolve:secretsmanager:…}}},
 * {@code {{resolve:ssm-secure:…}}}) or a NoEcho parameter substituted into the definition: the secret becomes
 * part of the stored, readable definition.
 */
final class DeployTimeSecretRule extends RuleBase {

    DeployTimeSecretRule() {
        super("SEC-005", AuditSeverity.HIGH, "Secret resolved into the definition at deploy time",
                "Dynamic references and NoEcho parameters keep a secret out of the template, but substituted into a "
                        + "definition it is stored in clear and shown by DescribeStateMachine. Fetch it at run time instead.");
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        List<Finding> out = new ArrayList<>();
        for (Definitions.Literal l : Definitions.literals(subject)) {
            String v = l.value();
            if (v.contains("{{resolve:secretsmanager:") || v.contains("{{resolve:ssm-secure:") || v.contains(TemplateResolver.NO_ECHO)) {
                String what = v.contains(TemplateResolver.NO_ECHO) ? "a NoEcho parameter" : "a dynamic reference to a secret";
                out.add(subject.finding(this, l.state(), l.pointer(), message(l, what), fix()));
            }
        }
        return out;
    }

    static String message(Definitions.Literal l, String what) {
        return Definitions.where(l) + " " + what + ", which CloudFormation resolves into the stored definition.";
    }

    static String fix() {
        return "Pass the secret's ARN instead and read it at run time (in the task, or via an EventBridge connection).";
    }
}
