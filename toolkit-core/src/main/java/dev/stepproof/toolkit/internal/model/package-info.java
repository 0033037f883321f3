/**
 * Builds the {@link dev.stepproof.toolkit.model} records from a parsed definition. Entry point:
 * {@link dev.stepproof.toolkit.internal.model.ModelBuilder}. Everything else here is package-private.
 */
package dev.stepproof.toolkit.internal.model;
