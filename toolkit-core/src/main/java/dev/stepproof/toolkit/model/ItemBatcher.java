package dev.stepproof.toolkit.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A distributed Map's {@code ItemBatcher}: each child then receives {@code {"BatchInput": ..., "Items": [...]}}.
 *
 * @param maxItemsPerBatch          {@code MaxItemsPerBatch}, or null
 * @param maxItemsPerBatchPath      {@code MaxItemsPerBatchPath}, or null
 * @param maxInputBytesPerBatch     {@code MaxInputBytesPerBatch}, or null
 * @param maxInputBytesPerBatchPath {@code MaxInputBytesPerBatchPath}, or null
 * @param batchInput                {@code BatchInput} template, or null
 * @since 0.1.0
 */
public record ItemBatcher(NumberOrExpression maxItemsPerBatch, String maxItemsPerBatchPath,
                          NumberOrExpression maxInputBytesPerBatch, String maxInputBytesPerBatchPath,
                          JsonNode batchInput) {

    public ItemBatcher {
        batchInput = ModelCopies.json(batchInput);
    }
}
