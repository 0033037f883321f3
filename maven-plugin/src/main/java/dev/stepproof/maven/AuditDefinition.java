package dev.stepproof.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code <definition>} of the {@code audit} goal: a definition file with the identity policies of the role
 * that runs it and, optionally, its trust policy. Maven fills it from the plugin configuration.
 *
 * <pre>{@code
 * <definition>
 *   <file>src/main/resources/orders.asl.json</file>
 *   <rolePolicies><rolePolicy>iam/orders-role-policy.json</rolePolicy></rolePolicies>
 *   <trustPolicy>iam/orders-role-trust.json</trustPolicy>
 * </definition>
 * }</pre>
 *
 * @since 0.1.0
 */
public class AuditDefinition {

    /** The ASL definition, JSON or YAML. */
    private File file;

    /** The role's identity policy documents; without any, the IAM/PERM/LP rules stay silent. */
    private List<File> rolePolicies = new ArrayList<>();

    /** The role's trust policy (AssumeRolePolicyDocument), optional. */
    private File trustPolicy;

    /** For Maven. */
    public AuditDefinition() {
    }

    File file() {
        return file;
    }

    List<File> rolePolicies() {
        return rolePolicies == null ? List.of() : rolePolicies;
    }

    File trustPolicy() {
        return trustPolicy;
    }
}
