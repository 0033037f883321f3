package dev.stepproof.toolkit.internal.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.parse.LocatedDocument;
import dev.stepproof.toolkit.model.ItemBatcher;
import dev.stepproof.toolkit.model.ItemProcessor;
import dev.stepproof.toolkit.model.ItemReader;
import dev.stepproof.toolkit.model.MapState;
import dev.stepproof.toolkit.model.ProcessorConfig;
import dev.stepproof.toolkit.model.ReaderConfig;
import dev.stepproof.toolkit.model.ResultWriter;

import static dev.stepproof.toolkit.internal.model.JsonFields.json;
import static dev.stepproof.toolkit.internal.model.JsonFields.numberOrExpression;
import static dev.stepproof.toolkit.internal.model.JsonFields.object;
import static dev.stepproof.toolkit.internal.model.JsonFields.pathField;
import static dev.stepproof.toolkit.internal.model.JsonFields.text;

/** Reads Map states, inline and distributed, with their processor and distributed-mode blocks. */
final class MapReader {

    private MapReader() {
    }

    static MapState map(StateHeader h, JsonNode node) {
        return new MapState(h.name(), h.pointer(), h.comment(), h.queryLanguage(), h.transition(),
                h.inputPath(), h.outputPath(),
                processor(node, "ItemProcessor", h.pointer()), processor(node, "Iterator", h.pointer()),
                text(node, "ItemsPath"), json(node, "Items"), json(node, "ItemSelector"), json(node, "Parameters"),
                numberOrExpression(node, "MaxConcurrency"), text(node, "MaxConcurrencyPath"),
                numberOrExpression(node, "ToleratedFailureCount"), text(node, "ToleratedFailureCountPath"),
                numberOrExpression(node, "ToleratedFailurePercentage"), text(node, "ToleratedFailurePercentagePath"),
                itemReader(object(node, "ItemReader")), itemBatcher(object(node, "ItemBatcher")),
                resultWriter(object(node, "ResultWriter")), text(node, "Label"),
                json(node, "ResultSelector"), pathField(node, "ResultPath"), h.assign(), h.output(),
                ErrorHandlingReader.retriers(node), ErrorHandlingReader.catchers(node));
    }

    private static ItemProcessor processor(JsonNode state, String field, String statePointer) {
        JsonNode node = object(state, field);
        if (node == null) {
            return null;
        }
        JsonNode config = object(node, "ProcessorConfig");
        ProcessorConfig processorConfig = config == null ? null : new ProcessorConfig(
                ProcessorConfig.Mode.fromAslName(text(config, "Mode")).orElse(null),
                ProcessorConfig.ExecutionType.fromAslName(text(config, "ExecutionType")).orElse(null));
        return new ItemProcessor(processorConfig,
                WorkflowReader.workflow(node, LocatedDocument.child(statePointer, field)));
    }

    private static ItemReader itemReader(JsonNode node) {
        if (node == null) {
            return null;
        }
        JsonNode config = object(node, "ReaderConfig");
        ReaderConfig readerConfig = config == null ? null : new ReaderConfig(text(config, "InputType"),
                text(config, "CSVHeaderLocation"), JsonFields.strings(config, "CSVHeaders"),
                text(config, "CSVDelimiter"), numberOrExpression(config, "MaxItems"), text(config, "MaxItemsPath"));
        return new ItemReader(text(node, "Resource"), json(node, "Parameters"), json(node, "Arguments"),
                readerConfig);
    }

    private static ItemBatcher itemBatcher(JsonNode node) {
        return node == null ? null : new ItemBatcher(
                numberOrExpression(node, "MaxItemsPerBatch"), text(node, "MaxItemsPerBatchPath"),
                numberOrExpression(node, "MaxInputBytesPerBatch"), text(node, "MaxInputBytesPerBatchPath"),
                json(node, "BatchInput"));
    }

    private static ResultWriter resultWriter(JsonNode node) {
        return node == null ? null : new ResultWriter(text(node, "Resource"), json(node, "Parameters"),
                json(node, "Arguments"), json(node, "WriterConfig"));
    }
}
