/**
 * Security and resilience audit of Step Functions state machines: {@link dev.stepproof.toolkit.audit.Auditor}
 * reads definitions with their execution role's policies, or CloudFormation/SAM/CDK templates
 * ({@link dev.stepproof.toolkit.audit.AuditInput}), runs the built-in rules and any
 * {@link dev.stepproof.toolkit.audit.AuditRule} you add, and returns an
 * {@link dev.stepproof.toolkit.audit.AuditReport} of {@link dev.stepproof.toolkit.audit.Finding}s that
 * {@link dev.stepproof.toolkit.audit.AuditFormat} renders as text, JSON, SARIF 2.1.0 or JUnit XML.
 *
 * <p>Findings carry their own five-level {@link dev.stepproof.toolkit.audit.AuditSeverity} (the bands security
 * gates use), mapped to StepProof's {@link dev.stepproof.toolkit.Severity} by
 * {@link dev.stepproof.toolkit.audit.AuditSeverity#toSeverity()}. Suppressions come from a state's
 * {@code Comment} ({@code stepproof:ignore RULE-ID reason}), template {@code Metadata}, an
 * {@link dev.stepproof.toolkit.audit.AuditConfig} file and a {@link dev.stepproof.toolkit.audit.Baseline}.
 * The rule catalogue is in {@code docs/audit.md}.
 *
 * @since 0.1.0
 */
package dev.stepproof.toolkit.audit;
