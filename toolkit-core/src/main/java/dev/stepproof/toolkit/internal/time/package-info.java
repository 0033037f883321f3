/**
 * Time as the interpreter sees it: the RFC 3339 timestamp profile that AWS accepts in Wait and Choice
 * ({@link dev.stepproof.toolkit.internal.time.Rfc3339}), one parser for the validator and the interpreter.
 */
package dev.stepproof.toolkit.internal.time;
