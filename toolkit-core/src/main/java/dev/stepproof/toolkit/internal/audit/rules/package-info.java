/**
 * The built-in audit rules, one class per rule id, composed by
 * {@link dev.stepproof.toolkit.internal.audit.rules.BuiltInRules}. Each rule's messages are written in the rule
 * class itself, so the exact text of a finding is in one place and tested there.
 */
package dev.stepproof.toolkit.internal.audit.rules;
