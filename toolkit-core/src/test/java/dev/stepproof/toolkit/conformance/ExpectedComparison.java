package dev.stepproof.toolkit.conformance;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares an actual execution with a corpus case's {@code expected} node, exactly as conformance README §1.3
 * prescribes: status; ISO dates in the actual output, error and cause replaced by {@code date}; volatile values
 * only checked to exist (and to fit their pattern, when one is recorded); output deep-equal with numbers by value;
 * error equal; cause equal, or equal as parsed JSON when {@code causeIsJson}; no error or cause when none was
 * recorded; the state sequence, complete or top-level.
 */
final class ExpectedComparison {
    /** Put at volatile pointers on both sides, so that deep equality skips them. */
    private static final JsonNode MASK = JsonNodeFactory.instance.textNode("<volatile: existence checked>");

    private ExpectedComparison() {
    }

    /**
     * What the interpreter produced.
     *
     * @param status         {@code SUCCEEDED}, {@code FAILED}, {@code TIMED_OUT} or {@code ABORTED}; never null
     * @param output         the execution output, or null (failed executions have none)
     * @param error          the error name, or null
     * @param cause          the cause text, or null
     * @param entered        names of all states entered, in order (every {@code *StateEntered} event)
     * @param enteredTopLevel names of the top-level states entered, in order
     */
    record Actual(String status, JsonNode output, String error, String cause, List<String> entered,
                  List<String> enteredTopLevel) {
        Actual {
            Objects.requireNonNull(status, "status");
            entered = List.copyOf(entered);
            enteredTopLevel = List.copyOf(enteredTopLevel);
        }
    }

    /** @return the first mismatch between {@code expected} and the actual execution, empty when they agree */
    static Optional<String> firstMismatch(JsonNode expected, String status, JsonNode output, String error, String cause,
                                          List<String> entered, List<String> enteredTopLevel) {
        return firstMismatch(expected, new Actual(status, output, error, cause, entered, enteredTopLevel));
    }

    /** @return the first mismatch between {@code expected} and {@code actual}, empty when they agree */
    static Optional<String> firstMismatch(JsonNode expected, Actual actual) {
        return Optional.ofNullable(mismatch(expected, actual));
    }

    private static String mismatch(JsonNode expected, Actual actual) {
        String expectedStatus = expected.path("status").asText();
        if (!expectedStatus.equals(actual.status())) {
            return "status: expected " + expectedStatus + " but was " + actual.status()
                    + (actual.error() == null ? "" : " (error " + actual.error() + ", cause " + actual.cause() + ")");
        }
        boolean causeIsJson = expected.path("causeIsJson").asBoolean(false);
        Fields fields = new Fields(expected, actual, causeIsJson);
        if (fields.causeNotJson != null) {
            return fields.causeNotJson;
        }
        for (JsonNode entry : expected.path("volatile")) {
            String problem = fields.volatileEntry(entry);
            if (problem != null) {
                return problem;
            }
        }
        String problem = compareOutput(expected, fields);
        if (problem == null) {
            problem = compareText("error", fields.expectedError, fields.actualError, fields.volatileError);
        }
        if (problem == null) {
            problem = causeIsJson ? compareJsonCause(fields)
                    : compareText("cause", fields.expectedCause, fields.actualCause, fields.volatileCause);
        }
        return problem == null ? compareSequence(expected, actual) : problem;
    }

    private static String compareOutput(JsonNode expected, Fields fields) {
        if (!expected.has("output") || fields.volatileOutput) {
            return null;
        }
        if (fields.actualOutput == null) {
            return "output: expected " + fields.expectedOutput + " but there was none";
        }
        String difference = JsonDiff.firstDifference(fields.expectedOutput, fields.actualOutput, false);
        return difference == null ? null : "output " + difference;
    }

    /** An absent expected error or cause means AWS recorded none: the actual must have none either. */
    private static String compareText(String field, JsonNode expected, JsonNode actual, boolean isVolatile) {
        if (isVolatile) {
            return null;
        }
        if (expected == null) {
            return actual == null ? null : field + ": expected none but was " + actual.textValue();
        }
        if (actual == null) {
            return field + ": expected " + expected.asText() + " but there was none";
        }
        return expected.asText().equals(actual.textValue()) ? null
                : field + ": expected " + expected.asText() + " but was " + actual.textValue();
    }

    private static String compareJsonCause(Fields fields) {
        if (fields.volatileCause) {
            return null;
        }
        if (fields.expectedCause == null || fields.actualCause == null) {
            return fields.expectedCause == fields.actualCause ? null
                    : "cause: expected " + fields.expectedCause + " but was " + fields.actualCause;
        }
        String difference = JsonDiff.firstDifference(fields.expectedCause, fields.actualCause, false);
        return difference == null ? null : "cause (as JSON) " + difference;
    }

    private static String compareSequence(JsonNode expected, Actual actual) {
        if (!expected.has("stateSequence")) {
            return null;
        }
        List<String> recorded = new ArrayList<>();
        expected.get("stateSequence").forEach(name -> recorded.add(name.asText()));
        boolean topLevel = "top-level".equals(expected.path("stateSequenceScope").asText());
        List<String> entered = topLevel ? actual.enteredTopLevel() : actual.entered();
        if (recorded.equals(entered)) {
            return null;
        }
        int i = 0;
        while (i < Math.min(recorded.size(), entered.size()) && recorded.get(i).equals(entered.get(i))) {
            i++;
        }
        String scope = topLevel ? "top-level states" : "states";
        return scope + " entered: first difference at position " + i + ": expected "
                + (i < recorded.size() ? "'" + recorded.get(i) + "'" : "no more states") + " but "
                + (i < entered.size() ? "was '" + entered.get(i) + "'" : "there were no more")
                + " (expected " + recorded + ", was " + entered + ")";
    }

    /**
     * The three compared fields of both sides, normalised and ready for masking: the actual ones with dates
     * replaced, the cause parsed when it is JSON.
     */
    private static final class Fields {
        JsonNode expectedOutput;
        JsonNode actualOutput;
        JsonNode expectedError;
        JsonNode actualError;
        JsonNode expectedCause;
        JsonNode actualCause;
        boolean volatileOutput;
        boolean volatileError;
        boolean volatileCause;
        String causeNotJson;

        Fields(JsonNode expected, Actual actual, boolean causeIsJson) {
            expectedOutput = copy(expected.get("output"));
            actualOutput = Normalisation.dates(actual.output());
            expectedError = copy(expected.get("error"));
            actualError = text(Normalisation.dates(actual.error()));
            expectedCause = copy(expected.get("cause"));
            actualCause = text(Normalisation.dates(actual.cause()));
            if (causeIsJson) {
                expectedCause = parsed(expectedCause);
                if (actual.cause() != null) {
                    try {
                        actualCause = Normalisation.dates(Corpus.JSON.readTree(actual.cause()));
                    } catch (JsonProcessingException e) {
                        causeNotJson = "cause: expected JSON " + expectedCause + " but was the text " + actual.cause();
                    }
                }
            }
        }

        /** Checks one volatile entry and masks its value on both sides; returns a problem or null. */
        String volatileEntry(JsonNode entry) {
            String field = entry.path("field").asText();
            JsonPointer pointer = JsonPointer.compile(entry.path("pointer").asText());
            JsonNode actual = actualOf(field);
            JsonNode value = actual == null ? null : actual.at(pointer);
            String where = field + (pointer.matches() ? "" : " at " + pointer);
            if (value == null || value.isMissingNode()) {
                return "volatile " + where + ": expected a value but there is none";
            }
            if (entry.has("pattern") && value.isTextual()
                    && !Normalisation.matches(entry.get("pattern").asText(), value.textValue())) {
                return "volatile " + where + ": expected text fitting " + entry.get("pattern").asText() + " but was " + value.textValue();
            }
            if (pointer.matches()) {
                switch (field) {
                    case "output" -> volatileOutput = true;
                    case "error" -> volatileError = true;
                    default -> volatileCause = true;
                }
                return null;
            }
            mask(expectedOf(field), pointer);
            mask(actual, pointer);
            return null;
        }

        private JsonNode actualOf(String field) {
            switch (field) {
                case "output":
                    return actualOutput;
                case "error":
                    return actualError;
                default:
                    return actualCause;
            }
        }

        private JsonNode expectedOf(String field) {
            switch (field) {
                case "output":
                    return expectedOutput;
                case "error":
                    return expectedError;
                default:
                    return expectedCause;
            }
        }

        private static void mask(JsonNode root, JsonPointer pointer) {
            JsonNode parent = root == null ? null : root.at(pointer.head());
            String last = pointer.last().getMatchingProperty();
            if (parent instanceof ObjectNode object && object.has(last)) {
                object.set(last, MASK);
            } else if (parent instanceof ArrayNode array && pointer.last().getMatchingIndex() >= 0
                    && pointer.last().getMatchingIndex() < array.size()) {
                array.set(pointer.last().getMatchingIndex(), MASK);
            }
        }

        private static JsonNode parsed(JsonNode cause) {
            if (cause == null || !cause.isTextual()) {
                return cause;
            }
            try {
                return Corpus.JSON.readTree(cause.textValue());
            } catch (JsonProcessingException e) {
                return cause;
            }
        }

        private static JsonNode copy(JsonNode node) {
            return node == null ? null : node.deepCopy();
        }

        private static JsonNode text(String value) {
            return value == null ? null : JsonNodeFactory.instance.textNode(value);
        }
    }
}
