package dev.stepproof.toolkit.internal.audit;

import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.WorkflowType;
import dev.stepproof.toolkit.audit.AuditInput;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.MachineSettings;
import dev.stepproof.toolkit.audit.PolicyDocument;
import dev.stepproof.toolkit.internal.audit.iam.ArnContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads a bare definition file and the role's policy files named beside it. */
public final class DefinitionInputs {

    private DefinitionInputs() {
    }

    /** @return one subject, or the problems that prevented it */
    public static Loaded load(AuditInput input) {
        List<Diagnostic> problems = new ArrayList<>();
        Documents.Read read = Documents.definition(input.path());
        if (read.document() == null) {
            return new Loaded(List.of(), read.problems(), List.of());
        }
        DefinitionModel.Built built = DefinitionModel.build(read.document(), input.workflowType() == WorkflowType.EXPRESS);
        if (built.machine() == null) {
            problems.addAll(built.diagnostics());
            return new Loaded(List.of(), problems, List.of());
        }
        String name = fileName(input.path());
        AuditSubject.Builder subject = AuditSubject.builder(name, built.machine(), read.document().root(),
                        Locators.in(read.document(), "", ""))
                .settings(MachineSettings.unknown(input.workflowType(), input.stateMachineArn()))
                .extra(ArnContext.class, ArnContext.unknown(input.stateMachineArn()))
                .extra(InputNotes.class, new InputNotes(built.diagnostics(), List.of()));
        if (input.roleKnown()) {
            boolean located = false;
            for (Path file : input.rolePolicies()) {
                PolicyDocument policy = policy(file, problems);
                if (policy != null) {
                    subject.policy(policy);
                    if (!located) {
                        subject.role(policy.locator());
                        located = true;
                    }
                }
            }
            if (!located) {
                subject.role(Locators.in(read.document(), "", name));
            }
        }
        if (input.trustPolicy() != null) {
            PolicyDocument trust = policy(input.trustPolicy(), problems);
            if (trust != null) {
                subject.trustPolicy(trust);
            }
        }
        return new Loaded(List.of(subject.build()), problems, List.of());
    }

    private static PolicyDocument policy(Path file, List<Diagnostic> problems) {
        Documents.Read read = Documents.policy(file);
        if (read.document() == null) {
            problems.addAll(read.problems());
            return null;
        }
        String name = fileName(file);
        return new PolicyDocument(name, read.document().root(), Locators.in(read.document(), "", name));
    }

    static String fileName(Path path) {
        Path f = path.getFileName();
        return f == null ? path.toString() : f.toString();
    }
}
