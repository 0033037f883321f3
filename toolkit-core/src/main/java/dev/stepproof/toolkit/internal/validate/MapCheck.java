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
