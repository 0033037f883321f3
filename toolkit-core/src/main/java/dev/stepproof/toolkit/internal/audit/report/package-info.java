/**
 * Renders an {@link dev.stepproof.toolkit.audit.AuditReport}: console text, versioned JSON, SARIF 2.1.0 and JUnit
 * XML. Reached through {@link dev.stepproof.toolkit.audit.AuditFormat}.
 */
package dev.stepproof.toolkit.internal.audit.report;
