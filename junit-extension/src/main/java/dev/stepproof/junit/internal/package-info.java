/**
 * How the extension and the assertions work: the per-test harness, the failure report, the JSON diff and the
 * assertion messages. Not API: every type here may change without notice. Types are public only because the
 * API package ({@code dev.stepproof.junit}) uses them.
 *
 * @since 0.1.0
 */
package dev.stepproof.junit.internal;
