package dev.stepproof.toolkit.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A distributed Map's {@code ItemReader}: where the items come from (S3 object or listing).
 *
 * @param resource     {@code Resource}, e.g. {@code arn:aws:states:::s3:getObject}, or null
 * @param parameters   {@code Parameters} (JSONPath template), or null
 * @param arguments    {@code Arguments} (JSONata), or null
 * @param readerConfig {@code ReaderConfig}, or null when absent
 * @since 0.1.0
 */
public record ItemReader(String resource, JsonNode parameters, JsonNode arguments, ReaderConfig readerConfig) {

    public ItemReader {
        parameters = ModelCopies.json(parameters);
        arguments = ModelCopies.json(arguments);
    }
}
