/**
 * Reading CloudFormation, SAM and CDK-synthesised templates for the auditor: a located reader that turns YAML
 * short-form intrinsics into their long form, a resolver that evaluates the intrinsics it can and leaves
 * symbolic {@code ${…}} tokens for the rest, and the loader that finds each state machine, its definition, its
 * role and its policies.
 */
package dev.stepproof.toolkit.internal.audit.template;
