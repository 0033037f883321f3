package dev.stepproof.toolkit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.stepproof.toolkit.audit.AuditFormat;
import dev.stepproof.toolkit.audit.AuditInput;
import dev.stepproof.toolkit.audit.AuditReport;
import dev.stepproof.toolkit.audit.Auditor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.BDDAssertions.then;

/**
 * IAM policy parsing and the permission model on arbitrary text: the {@link Auditor} reads a fuzzed role policy and
 * trust policy beside a fixed definition whose tasks need Lambda, DynamoDB, SQS callbacks, nested executions, a
 * secret and a distributed Map; and a fuzzed CloudFormation/SAM template whose roles, inline, attached and managed
 * policies and SAM policy templates it resolves. Either way it returns a report whose every output format
 * renders, never an exception.
 */
class IamPolicyFuzzTest {

    private static final Auditor AUDITOR = Auditor.standard();

    /** Once per fuzzing run (the default per-test lifecycle), once per seed in regression runs. */
    @TempDir
    Path folder;

    private Path definition;

    @BeforeEach
    void write_the_definition() throws IOException {
        definition = Files.writeString(folder.resolve("machine.asl.json"), Fixtures.resource("machines/audit.asl.json"));
    }

    @FuzzTest(maxDuration = Fixtures.SHORT_CAMPAIGN)
    void audit_role_policy(byte[] data) throws IOException {
        Path policy = Files.write(folder.resolve("policy.json"), data);
        Path trust = Files.write(folder.resolve("trust.json"), data);
        check(AUDITOR.audit(AuditInput.definition(definition).withRolePolicy(policy).withTrustPolicy(trust)));
        check(AUDITOR.audit(AuditInput.definition(definition).withRolePolicy(policy)));
    }

    @FuzzTest(maxDuration = Fixtures.SHORT_CAMPAIGN)
    void audit_template(byte[] data) throws IOException {
        for (String name : new String[] {"template.yaml", "template.json"}) {
            Path template = Files.write(folder.resolve(name), data);
            check(AUDITOR.audit(AuditInput.template(template)));
        }
    }

    private void check(AuditReport report) {
        then(report).isNotNull();
        Fixtures.checkDiagnostics(report.problems());
        then(report.findings()).doesNotContainNull();
        for (AuditFormat format : AuditFormat.values()) {
            then(format.render(report, folder)).isNotNull();
        }
    }
}
