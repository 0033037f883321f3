package dev.stepproof.maven;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.Mock;
import dev.stepproof.toolkit.Mocks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code run} goal's mocks file: a scenario file's {@code mocks} block on its own, in JSON or YAML.
 * <pre>{@code
 * Reserve:
 *   - throttle: true
 *   - payload: {reservationId: R-1}    # wrapped in the integration's response envelope
 * Charge:
 *   return: {}                         # the raw task result
 * # also: throw: {error: X, cause: Y} · hang: true · delaySeconds: 5 (virtual) before any response
 * }</pre>
 *
 * <p>The core turns such blocks into {@link Mocks} only inside scenario files and offers no public entry point
 * for a block on its own, so this class builds the same {@link Mock}s through the public builder. It is stricter
 * than the schema-checked scenario files: every mistake is a coded diagnostic (SP-P004, SP-P005) at its line.
 */
final class MocksFile {

    private static final Set<String> RESPONSES = Set.of("return", "payload", "throw", "throttle", "hang");
    private static final String SHAPE = "Give each Task state one response or a list, each with one of return, payload, "
            + "throw {error, cause}, throttle: true or hang: true, and optionally delaySeconds.";

    private final String source;
    private final LocatedJson json;

    private MocksFile(String source, LocatedJson json) {
        this.source = source;
        this.json = json;
    }

    /**
     * @param source the file as messages show it; a {@code .json} name is read as strict JSON, anything else as YAML
     * @param text   the file's content
     * @return strict mocks, one per state, responses in order (the last repeats)
     * @throws InputProblem SP-P004 for a syntax error, SP-P005 for a mock StepProof cannot build
     */
    static Mocks parse(String source, String text) throws InputProblem {
        boolean yaml = !source.toLowerCase(Locale.ROOT).endsWith(".json");
        try {
            return new MocksFile(source, LocatedJson.read(text, yaml)).mocks();
        } catch (JsonProcessingException e) {
            throw new InputProblem(PluginDiagnostics.mocksFileNotParsable(source, e));
        }
    }

    private Mocks mocks() throws InputProblem {
        JsonNode root = json.root();
        if (!root.isObject() || root.isEmpty()) {
            throw problem("", "The mocks file must map Task state names to responses, but has "
                    + (root.isObject() ? "no states" : Text.describe(root)) + ".");
        }
        List<Mock> mocks = new ArrayList<>();
        for (Map.Entry<String, JsonNode> state : root.properties()) {
            mocks.add(mock(state.getKey(), state.getValue(), "/" + state.getKey().replace("~", "~0").replace("/", "~1")));
        }
        return Mocks.of(mocks.toArray(Mock[]::new));
    }

    private Mock mock(String state, JsonNode value, String pointer) throws InputProblem {
        Mock mock = Mock.forState(state);
        if (!value.isArray()) {
            return response(mock, state, value, pointer);
        }
        if (value.isEmpty()) {
            throw problem(pointer, "Task state '" + state + "' has an empty list of responses.");
        }
        for (int i = 0; i < value.size(); i++) {
            mock = response(mock, state, value.get(i), pointer + "/" + i);
        }
        return mock;
    }

    private Mock response(Mock mock, String state, JsonNode r, String pointer) throws InputProblem {
        if (!r.isObject()) {
            throw problem(pointer, "A response of Task state '" + state + "' is " + Text.describe(r) + ", not an object.");
        }
        List<String> kinds = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : r.properties()) {
            String name = field.getKey();
            if (RESPONSES.contains(name)) {
                kinds.add(name);
            } else if (!name.equals("delaySeconds")) {
                throw problem(pointer + "/" + name, "Unknown key '" + name + "' in a response of Task state '" + state + "'.");
            }
        }
        if (kinds.size() > 1) {
            throw problem(pointer, "A response of Task state '" + state + "' has both '" + kinds.get(0) + "' and '" + kinds.get(1) + "'.");
        }
        Mock delayed = r.has("delaySeconds") ? mock.delays(delay(r.get("delaySeconds"), pointer + "/delaySeconds")) : mock;
        // A response with only a delay answers {} after it, as in scenario files.
        return kinds.isEmpty() ? delayed.returns("{}") : respond(delayed, state, kinds.get(0), r.get(kinds.get(0)), pointer + "/" + kinds.get(0));
    }

    private Mock respond(Mock mock, String state, String kind, JsonNode value, String pointer) throws InputProblem {
        return switch (kind) {
            case "return" -> mock.returns(value);
            case "payload" -> mock.returnsPayload(value);
            case "throw" -> fail(mock, state, value, pointer);
            case "throttle" -> {
                requireTrue(value, pointer, kind);
                yield mock.throttles();
            }
            default -> {
                requireTrue(value, pointer, kind);
                yield mock.hangs();
            }
        };
    }

    private Mock fail(Mock mock, String state, JsonNode value, String pointer) throws InputProblem {
        if (!value.path("error").isTextual()) {
            throw problem(value.isObject() ? pointer + "/error" : pointer,
                    "The 'throw' response of Task state '" + state + "' needs an error name (a string), but has "
                            + Text.describe(value.isObject() ? value.get("error") : value) + ".");
        }
        JsonNode cause = value.get("cause");
        if (cause != null && !cause.isTextual() && !cause.isNull()) {
            throw problem(pointer + "/cause", "The cause of Task state '" + state + "' must be a string, but is "
                    + Text.describe(cause) + ".");
        }
        return mock.fails(value.get("error").textValue(), cause == null || cause.isNull() ? null : cause.textValue());
    }

    /** {@code throttle: false} would read as "no throttle" yet name no other response, so only true is allowed. */
    private void requireTrue(JsonNode value, String pointer, String kind) throws InputProblem {
        if (!value.isBoolean() || !value.booleanValue()) {
            throw problem(pointer, "'" + kind + "' must be true, but is " + Text.describe(value) + ".");
        }
    }

    private Duration delay(JsonNode value, String pointer) throws InputProblem {
        if (!value.isNumber() || value.asDouble() < 0) {
            throw problem(pointer, "delaySeconds must be a number of 0 or more, but is " + Text.describe(value) + ".");
        }
        return Duration.ofMillis(Math.round(value.asDouble() * 1000));
    }

    private InputProblem problem(String pointer, String message) {
        return new InputProblem(PluginDiagnostics.mocksFileInvalid(source, pointer, json.at(pointer), message, SHAPE));
    }
}
