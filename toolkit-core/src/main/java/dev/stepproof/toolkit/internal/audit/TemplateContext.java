package dev.stepproof.toolkit.internal.audit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.audit.Locator;

/**
 * Where a state machine sits in its template, for findings about its settings and for Metadata suppressions.
 *
 * @param logicalId        the state machine resource's logical id
 * @param resource         locates pointers relative to the resource ({@code /Properties/LoggingConfiguration})
 * @param suppressions     {@code Metadata.stepproof.suppress} of the resource, or null
 * @param templateSuppress {@code Metadata.stepproof.suppress} of the whole template, or null
 */
public record TemplateContext(String logicalId, Locator resource, JsonNode suppressions, JsonNode templateSuppress) {
}
