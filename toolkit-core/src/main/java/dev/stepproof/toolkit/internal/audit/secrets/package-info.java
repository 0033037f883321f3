/**
 * Secrets in state machines: detectors for literal secrets in definition values (AWS key ids, private keys,
 * vendor tokens, secret-named keys, JWTs, high-entropy strings), and a JSONPath taint analysis that follows values
 * returned by secret-producing calls into state output, variables, outbound payloads and Fail causes.
 */
package dev.stepproof.toolkit.internal.audit.secrets;
