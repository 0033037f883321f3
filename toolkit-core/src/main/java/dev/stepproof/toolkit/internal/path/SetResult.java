package dev.stepproof.toolkit.internal.path;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/** What {@link JsonPathExpr#set} did: the (possibly new) root, or why the value could not be placed. */
public sealed interface SetResult permits SetResult.Done, SetResult.Failed {

    /** @param root the document after the update; a new node only when the path is {@code $} */
    record Done(JsonNode root) implements SetResult {
        public Done {
            Objects.requireNonNull(root, "root");
        }
    }

    /** @param reason why the path does not fit the document */
    record Failed(String reason) implements SetResult {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
