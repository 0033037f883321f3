package dev.stepproof.junit;

/**
 * What the harness does when a value that a mocked secret-returning call answered ({@code
 * secretsmanager:getSecretValue}, {@code ssm:getParameter} with {@code WithDecryption}, {@code sts:assumeRole},
 * {@code kms:decrypt}, …) shows up in a later event of the execution's history, where anyone allowed to read the
 * history can see it. Checked after every execution the harness runs, with
 * {@link dev.stepproof.toolkit.audit.HistorySecretScan}.
 *
 * @since 0.1.0
 */
public enum SecretsInHistory {
    /** Fail the test: {@code run(...)} throws an {@link AssertionError} naming the source, the events and the fix. */
    FAIL,
    /** Print the same message to standard error and go on. */
    WARN,
    /** Do not check. */
    OFF
}
