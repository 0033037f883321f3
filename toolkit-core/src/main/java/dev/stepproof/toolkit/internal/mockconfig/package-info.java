/**
 * Reads AWS Step Functions Local's mock configuration file (MockConfigFile.json) into immutable records and
 * answers Task states from it. Entry points: {@link dev.stepproof.toolkit.internal.mockconfig.MockConfigParser}
 * (document to model and diagnostics) and {@link dev.stepproof.toolkit.internal.mockconfig.MockConfigInvoker}
 * (one test case as a {@code TaskInvoker}). The public face is {@link dev.stepproof.toolkit.MockConfig}.
 */
package dev.stepproof.toolkit.internal.mockconfig;
