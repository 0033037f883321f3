package dev.stepproof.toolkit.audit;

import dev.stepproof.toolkit.WorkflowType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What to audit: a definition file with the execution role's policy documents, a CloudFormation or SAM template
 * (JSON or YAML, short-form intrinsics included), or a CDK {@code cdk.out} directory. Immutable; the
 * {@code with…} methods return changed copies.
 *
 * <pre>{@code
 * AuditInput.definition(Path.of("order.asl.json"))
 *           .withRolePolicy(Path.of("order-role-policy.json"))
 *           .withTrustPolicy(Path.of("order-role-trust.json"));
 * AuditInput.template(Path.of("template.yaml"));
 * AuditInput.cdkOut(Path.of("cdk.out"));
 * }</pre>
 *
 * @param kind          which form the input has, never null
 * @param path          the definition file, template or {@code cdk.out} directory, never null
 * @param rolePolicies  identity policy documents (JSON) of the execution role; definition inputs only
 * @param trustPolicy   the role's trust policy document, or null; definition inputs only
 * @param roleKnown     whether the role's policies were given (an empty list then means "no permissions")
 * @param workflowType  STANDARD or EXPRESS for a bare definition (templates declare their own)
 * @param stateMachineArn the machine's ARN when known (needed to check distributed Map self-permissions)
 * @since 0.1.0
 */
public record AuditInput(Kind kind, Path path, List<Path> rolePolicies, Path trustPolicy, boolean roleKnown,
                         WorkflowType workflowType, String stateMachineArn) {

    /**
     * The forms of input.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** An ASL definition, JSON or YAML. */
        DEFINITION,
        /** A CloudFormation or SAM template, JSON or YAML. */
        TEMPLATE,
        /** A CDK synth output directory: every {@code *.template.json} in it. */
        CDK_OUT
    }

    public AuditInput {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        rolePolicies = List.copyOf(rolePolicies);
        workflowType = Objects.requireNonNullElse(workflowType, WorkflowType.STANDARD);
    }

    /** @return an input for an ASL definition file; add the role's policies with {@link #withRolePolicy} */
    public static AuditInput definition(Path file) {
        return new AuditInput(Kind.DEFINITION, file, List.of(), null, false, WorkflowType.STANDARD, null);
    }

    /** @return an input for a CloudFormation or SAM template */
    public static AuditInput template(Path file) {
        return new AuditInput(Kind.TEMPLATE, file, List.of(), null, false, WorkflowType.STANDARD, null);
    }

    /** @return an input for a CDK synth output directory */
    public static AuditInput cdkOut(Path directory) {
        return new AuditInput(Kind.CDK_OUT, directory, List.of(), null, false, WorkflowType.STANDARD, null);
    }

    /** @return a copy with one more identity policy document of the execution role */
    public AuditInput withRolePolicy(Path policy) {
        List<Path> policies = new ArrayList<>(rolePolicies);
        policies.add(Objects.requireNonNull(policy, "policy"));
        return new AuditInput(kind, path, policies, trustPolicy, true, workflowType, stateMachineArn);
    }

    /** @return a copy declaring the role known even without policy files (a role with no permissions) */
    public AuditInput withRoleKnown() {
        return new AuditInput(kind, path, rolePolicies, trustPolicy, true, workflowType, stateMachineArn);
    }

    /** @return a copy with the role's trust policy document */
    public AuditInput withTrustPolicy(Path trust) {
        return new AuditInput(kind, path, rolePolicies, trust, roleKnown, workflowType, stateMachineArn);
    }

    /** @return a copy auditing the definition as {@code type} */
    public AuditInput withWorkflowType(WorkflowType type) {
        return new AuditInput(kind, path, rolePolicies, trustPolicy, roleKnown, type, stateMachineArn);
    }

    /** @return a copy that knows the machine's own ARN */
    public AuditInput withStateMachineArn(String arn) {
        return new AuditInput(kind, path, rolePolicies, trustPolicy, roleKnown, workflowType, arn);
    }
}
