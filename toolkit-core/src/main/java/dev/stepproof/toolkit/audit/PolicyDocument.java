package dev.stepproof.toolkit.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * One IAM policy document attached to a state machine's execution role (inline, attached, or a SAM policy
 * template expanded), or the role's trust policy.
 *
 * @param name     how reports name it, e.g. {@code role-policy.json} or {@code OrderRole/Policies/0 (orders)}
 * @param document the policy JSON ({@code Version}, {@code Statement}); CloudFormation intrinsics already
 *                 resolved to symbolic {@code ${…}} tokens; never null
 * @param locator  maps pointers inside {@code document} to the file, never null
 * @since 0.1.0
 */
public record PolicyDocument(String name, JsonNode document, Locator locator) {

    public PolicyDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(locator, "locator");
    }

    /**
     * @param pointer pointer inside {@link #document()}, never null
     * @return where it is in the user's file
     */
    public FindingLocation locate(String pointer) {
        return locator.locate(pointer);
    }
}
