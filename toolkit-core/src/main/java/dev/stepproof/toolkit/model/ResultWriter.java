package dev.stepproof.toolkit.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A distributed Map's {@code ResultWriter}: when present, the Map result becomes a reference to the written
 * results instead of the results themselves.
 *
 * @param resource     {@code Resource}, e.g. {@code arn:aws:states:::s3:putObject}, or null
 * @param parameters   {@code Parameters} (JSONPath template), or null
 * @param arguments    {@code Arguments} (JSONata), or null
 * @param writerConfig {@code WriterConfig} as written, or null
 * @since 0.1.0
 */
public record ResultWriter(String resource, JsonNode parameters, JsonNode arguments, JsonNode writerConfig) {

    public ResultWriter {
        parameters = ModelCopies.json(parameters);
        arguments = ModelCopies.json(arguments);
        writerConfig = ModelCopies.json(writerConfig);
    }
}
