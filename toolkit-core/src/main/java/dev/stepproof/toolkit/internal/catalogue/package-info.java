/**
 * The integration catalogue: what each Step Functions service integration returns around a business payload
 * and which errors it fails with, read from the data file {@code dev/stepproof/toolkit/integrations/catalogue.json}
 * (format: {@code docs/integration-catalogue.md}). {@link dev.stepproof.toolkit.internal.catalogue.IntegrationCatalogue}
 * is the entry point; the rest renders envelope templates ({@code EnvelopeRenderer}, {@code Placeholders}) and
 * derives the ids, checksums and dates in them deterministically ({@code Ids}, {@code CallFacts}), so that the
 * same call always gets the same envelope and executions stay reproducible.
 */
package dev.stepproof.toolkit.internal.catalogue;
