package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.internal.audit.iam.Glob;
import dev.stepproof.toolkit.internal.audit.iam.IamRequirements;
import dev.stepproof.toolkit.internal.audit.iam.PermissionModel;
import dev.stepproof.toolkit.internal.audit.iam.Requirement;
import dev.stepproof.toolkit.internal.audit.iam.Statement;

import java.util.ArrayList;
import java.util.List;

/** LP-002: a statement names resources that none of the needs its actions serve could touch. */
final class UnusedResourceRule extends RuleBase {

    private final IamRequirements table;

    UnusedResourceRule(IamRequirements table) {
        super("LP-002", AuditSeverity.LOW, "Resource no state uses",
                "A statement that lists tables, queues or functions the definition never names grants access nobody "
                        + "needs; narrow it to the resources used.");
        this.table = table;
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        List<Finding> out = new ArrayList<>();
        PermissionModel model = Roles.model(subject, table);
        for (Statement s : Roles.allows(model)) {
            if (s.notAction() || s.notResource()) {
                continue;
            }
            List<Requirement> served = model.requirements().stream().filter(r -> s.appliesTo(r.action())).toList();
            if (served.isEmpty() || served.stream().anyMatch(r -> r.resources().contains(Requirement.UNKNOWN))) {
                continue; // unused actions are LP-001's; unknown needs could be anything
            }
            List<String> unused = new ArrayList<>();
            for (String resource : s.resources()) {
                boolean touched = served.stream().flatMap(r -> r.resources().stream())
                        .flatMap(res -> List.of(res.split("\\|")).stream())
                        .anyMatch(res -> Glob.intersects(resource, res));
                if (!touched && !resource.equals("*")) {
                    unused.add(resource);
                }
            }
            if (!unused.isEmpty()) {
                out.add(subject.finding(this, s.policy(), s.pointer() + "/Resource", message(s, unused), fix())
                        .withEvidence(s.policy().name() + s.pointer() + String.join(",", unused)));
            }
        }
        return out;
    }

    static String message(Statement s, List<String> unused) {
        return s.label() + " names " + String.join(", ", unused) + ", which no state it serves uses.";
    }

    static String fix() {
        return "Remove these resources from the statement.";
    }
}
