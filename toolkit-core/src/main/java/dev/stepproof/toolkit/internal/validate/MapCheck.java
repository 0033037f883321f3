package dev.stepproof.toolkit.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.parse.LocatedDocument;

import java.util.List;

/** Map: its processor workflow, mode-specific fields, and the reader/batcher exclusions. */
final class MapCheck {
    private static final List<String> DISTRIBUTED_ONLY = List.of("ItemReader", "ItemBatcher", "ResultWriter",
            "ToleratedFailureCount", "ToleratedFailureCountPath", "ToleratedFailurePercentage",
            "ToleratedFailurePercentagePath", "Label");

    private final StateCheck state;

    MapCheck(StateCheck state) {
        this.state = state;
    }

    void run() {
        JsonNode s = state.state();
        String field = s.has("ItemProcessor") ? "ItemProcessor" : "Iterator";
        JsonNode processor = s.get(field);
        if (processor != null && processor.isObject()) {
            state.walkNested(processor, state.ptr(field));
        }
        JsonNode config = processor == null ? null : processor.get("ProcessorConfig");
        boolean distributed = "DISTRIBUTED".equals(Json.text(config, "Mode"));
        if (!distributed) {
            for (String f : DISTRIBUTED_ONLY) {
                if (s.has(f)) {
                    // WARNING, not ERROR: AWS's treatment is unrecorded and asl-validator accepts these on INLINE maps.
                    state.findings().warning(Codes.DISTRIBUTED_ONLY_FIELD, state.ptr(f), "Map state '" + state.name() + "' has '" + f
                                    + "', which only a DISTRIBUTED Map uses, but its ProcessorConfig.Mode is INLINE; the field has no effect.",
                            "Set \"ProcessorConfig\": {\"Mode\": \"DISTRIBUTED\", \"ExecutionType\": \"STANDARD\"} or remove '" + f + "'.");
                }
            }
        }
        exclusive(s.get("ItemReader") == null ? null : s.get("ItemReader").get("ReaderConfig"),
                LocatedDocument.child(state.ptr("ItemReader"), "ReaderConfig"), "MaxItems", "MaxItemsPath");
        exclusive(s.get("ItemBatcher"), state.ptr("ItemBatcher"), "MaxItemsPerBatch", "MaxItemsPerBatchPath");
        exclusive(s.get("ItemBatcher"), state.ptr("ItemBatcher"), "MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath");
        label(Json.text(s, "Label"));
        if (distributed) {
            reader(s.get("ItemReader"));
            writer(s.get("ResultWriter"));
        }
    }

    /** ItemReader settings that fail every run (StepProof's interpreter or AWS): said before the run, not during it. */
    private void reader(JsonNode reader) {
        if (reader == null || !reader.isObject()) {
            return;
        }
        String at = LocatedDocument.child(state.ptr("ItemReader"), "ReaderConfig");
        JsonNode config = reader.get("ReaderConfig");
        String resource = Json.text(reader, "Resource");
        String type = Json.text(config, "InputType");
        if ("arn:aws:states:::s3:getObject".equals(resource) && type == null) {
            ioWarning(at, "reads an S3 object but its ReaderConfig has no InputType, so the items cannot be read",
                    "Add \"ReaderConfig\": {\"InputType\": \"JSON\"} (or JSONL, CSV, MANIFEST).");
        }
        if ("PARQUET".equals(type)) {
            ioWarning(LocatedDocument.child(at, "InputType"), "reads PARQUET, which StepProof's interpreter cannot read "
                    + "(runs fail with States.ItemReaderFailed)", "Test the Map with a JSON, JSONL or CSV copy of the data.");
        }
        if ("CSV".equals(type) && "GIVEN".equals(Json.text(config, "CSVHeaderLocation"))
                && (config.get("CSVHeaders") == null || config.get("CSVHeaders").isEmpty())) {
            ioWarning(LocatedDocument.child(at, "CSVHeaderLocation"), "declares CSVHeaderLocation GIVEN without CSVHeaders",
                    "Add \"CSVHeaders\": [\"col1\", ...] or use \"CSVHeaderLocation\": \"FIRST_ROW\".");
        }
        String delimiter = Json.text(config, "CSVDelimiter");
        if (delimiter != null && !List.of("COMMA", "PIPE", "SEMICOLON", "SPACE", "TAB").contains(delimiter)) {
            ioWarning(LocatedDocument.child(at, "CSVDelimiter"), "has CSVDelimiter '" + delimiter
                    + "', which is not one of AWS's names", "Use COMMA, PIPE, SEMICOLON, SPACE or TAB.");
        }
    }

    private void writer(JsonNode writer) {
        JsonNode config = writer == null ? null : writer.get("WriterConfig");
        if (config == null || !config.isObject()) {
            return;
        }
        String at = LocatedDocument.child(state.ptr("ResultWriter"), "WriterConfig");
        String transformation = Json.text(config, "Transformation");
        if (transformation != null && !List.of("NONE", "COMPACT", "FLATTEN").contains(transformation)) {
            ioWarning(LocatedDocument.child(at, "Transformation"), "has Transformation '" + transformation
                    + "', which is none of NONE, COMPACT, FLATTEN (StepProof then writes NONE)", "Use NONE, COMPACT or FLATTEN.");
        }
        String output = Json.text(config, "OutputType");
        if (output != null && !List.of("JSON", "JSONL").contains(output)) {
            ioWarning(LocatedDocument.child(at, "OutputType"), "has OutputType '" + output
                    + "', which is neither JSON nor JSONL (StepProof then writes JSON)", "Use JSON or JSONL.");
        }
    }

    private void ioWarning(String at, String what, String fix) {
        state.findings().warning(Codes.DISTRIBUTED_IO, at, "Map state '" + state.name() + "' " + what + ".", fix);
    }

    private void exclusive(JsonNode node, String at, String a, String b) {
        if (node != null && node.has(a) && node.has(b)) {
            state.findings().error(Codes.MUTUALLY_EXCLUSIVE, LocatedDocument.child(at, b), "Map state '" + state.name()
                    + "' has both '" + a + "' and '" + b + "'; they are mutually exclusive.", "Keep only one of them.");
        }
    }

    private void label(String label) {
        if (label == null) {
            return;
        }
        if (label.isEmpty() || label.length() > 40 || !label.chars().allMatch(c -> c > 0x20 && c < 0x7f && "?*<>{}[]\"#%\\^|~`$&,;:/".indexOf(c) < 0)) {
            state.findings().error(Codes.LABEL_INVALID, state.ptr("Label"), "Map state '" + state.name() + "' has Label '" + label
                            + "'; a Label has 1 to 40 characters and no whitespace, wildcards, brackets or any of \"#%\\^|~`$&,;:/.",
                    "Use letters, digits, '-' and '_' only.");
        }
    }
}
