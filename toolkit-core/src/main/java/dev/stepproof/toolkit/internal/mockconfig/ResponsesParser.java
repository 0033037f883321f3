package dev.stepproof.toolkit.internal.mockconfig;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.parse.LocatedDocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads one entry of {@code MockedResponses}: its invocation keys, their answers, and their numbering. */
final class ResponsesParser {

    private static final Set<String> ENTRY_FIELDS = Set.of("Return", "Throw");
    private static final Set<String> THROW_FIELDS = Set.of("Error", "Cause");

    /** A key that parsed; {@code answer} is null when the entry under it is invalid. */
    private record Keyed(String key, String pointer, int first, int last, MockAnswer answer) {
    }

    private final MockConfigProblems problems;

    ResponsesParser(MockConfigProblems problems) {
        this.problems = problems;
    }

    /** @return the response, when it and all its entries are valid */
    Optional<MockedResponse> parse(String name, JsonNode node, String pointer) {
        if (!node.isObject()) {
            problems.wrongType(pointer, "Mocked response '" + name + "'", "an object keyed by invocation (\"0\", \"1-2\")",
                    JsonKinds.describe(node));
            return Optional.empty();
        }
        if (node.isEmpty()) {
            problems.noInvocations(pointer, name);
            return Optional.empty();
        }
        List<Keyed> keyed = new ArrayList<>();
        boolean valid = true;
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String at = LocatedDocument.child(pointer, e.getKey());
            InvocationKey key = InvocationKey.parse(e.getKey());
            MockAnswer answer = answer(name, e.getKey(), e.getValue(), at);
            if (!key.valid()) {
                problems.badKey(at, name, e.getKey(), key.reason());
                valid = false;
                continue;
            }
            valid &= answer != null;
            keyed.add(new Keyed(e.getKey(), at, key.first(), key.last(), answer));
        }
        valid &= numbering(name, keyed);
        if (!valid) {
            return Optional.empty();
        }
        return Optional.of(new MockedResponse(name, keyed.stream()
                .map(k -> new InvocationRange(k.key(), k.first(), k.last(), k.answer())).toList()));
    }

    /** Checks that the keys cover 0, 1, 2, … once each; reports the first overlap and gap found. */
    private boolean numbering(String name, List<Keyed> keyed) {
        keyed.sort(Comparator.comparingInt(Keyed::first).thenComparingInt(Keyed::last));
        boolean ok = true;
        Keyed reach = null; // the range reaching furthest so far
        for (Keyed k : keyed) {
            int expected = reach == null ? 0 : reach.last() + 1;
            if (k.first() > expected) {
                problems.gap(k.pointer(), name, expected, reach == null ? null : reach.key(), k.key());
                ok = false;
            } else if (reach != null && k.first() < expected) {
                problems.overlap(k.pointer(), name, k.first(), reach.key(), k.key());
                ok = false;
            }
            if (reach == null || k.last() > reach.last()) {
                reach = k;
            }
        }
        return ok;
    }

    private MockAnswer answer(String name, String key, JsonNode entry, String pointer) {
        if (!entry.isObject()) {
            problems.wrongType(pointer, "Invocation '" + key + "' of mocked response '" + name + "'",
                    "an object with \"Return\" or \"Throw\"", JsonKinds.describe(entry));
            return null;
        }
        problems.unknownFields(entry, pointer, "invocation '" + key + "' of mocked response '" + name + "'", ENTRY_FIELDS);
        boolean hasReturn = entry.has("Return");
        boolean hasThrow = entry.has("Throw");
        if (hasReturn == hasThrow) {
            problems.returnXorThrow(pointer, name, key, hasReturn);
            return null;
        }
        if (hasReturn) {
            return new MockAnswer.Return(entry.get("Return"));
        }
        return thrown(name, key, entry.get("Throw"), LocatedDocument.child(pointer, "Throw"));
    }

    private MockAnswer thrown(String name, String key, JsonNode node, String pointer) {
        if (!node.isObject()) {
            problems.badThrow(pointer, name, key, "it is " + JsonKinds.describe(node));
            return null;
        }
        problems.unknownFields(node, pointer, "\"Throw\" of invocation '" + key + "' in mocked response '" + name + "'", THROW_FIELDS);
        String error = text(node, "Error", pointer, name, key);
        String cause = text(node, "Cause", pointer, name, key);
        return error == null || cause == null ? null : new MockAnswer.Throw(error, cause);
    }

    private String text(JsonNode node, String field, String pointer, String name, String key) {
        JsonNode value = node.get(field);
        if (value == null) {
            problems.badThrow(pointer, name, key, "it has no \"" + field + "\"");
            return null;
        }
        if (!value.isTextual()) {
            problems.badThrow(LocatedDocument.child(pointer, field), name, key,
                    "\"" + field + "\" is " + JsonKinds.describe(value));
            return null;
        }
        return value.textValue();
    }
}
