/**
 * The auditor's machinery: turning {@link dev.stepproof.toolkit.audit.AuditInput}s into
 * {@link dev.stepproof.toolkit.audit.AuditSubject}s, running the rules, fingerprinting and suppressing findings.
 * Sub-packages hold the permission model ({@code iam}), template reading ({@code template}), secret detection and
 * taint analysis ({@code secrets}), the built-in rules ({@code rules}) and the report writers ({@code report}).
 */
package dev.stepproof.toolkit.internal.audit;
