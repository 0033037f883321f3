package dev.stepproof.maven;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code coverage.json} (version 1), which the StepProof JUnit integration writes:
 * <pre>{@code
 * {"version": 1, "stateMachines": {"orders@1a2b…": {"name": "orders", "definitionHash": "1a2b…",
 *     "states": {"total": 5, "covered": 4, "items": {"Reserve": 3, "Refund": 0, …}},
 *     "transitions": {…}, "choiceRules": {…}, "retriers": {…}, "catchers": {…}, "branches": {…}}}}
 * }</pre>
 * Defensive, because the file comes from another process and possibly another version: every shape problem
 * becomes a coded diagnostic with the JSON location. When a counter lists {@code items}, total, covered and the
 * uncovered names are computed from them (an item with 0 hits is uncovered); {@code total} and {@code covered}
 * are used only when there are no items.
 */
final class CoverageFile {
    static final int VERSION = 1;

    private final String source;
    private final LocatedJson json;

    private CoverageFile(String source, LocatedJson json) {
        this.source = source;
        this.json = json;
    }

    /**
     * @param source the file as messages show it
     * @param text   its content
     * @return the machines, in file order
     * @throws InputProblem SP-P002 when the text is not JSON, SP-P003 when it is not the version 1 format
     */
    static List<MachineCoverage> parse(String source, String text) throws InputProblem {
        try {
            return new CoverageFile(source, LocatedJson.read(text, false)).machines();
        } catch (JsonProcessingException e) {
            throw new InputProblem(PluginDiagnostics.coverageFileNotJson(source, e));
        }
    }

    private List<MachineCoverage> machines() throws InputProblem {
        JsonNode root = json.root();
        require(root.isObject(), "", "a JSON object", root);
        JsonNode version = root.path("version");
        require(version.isIntegralNumber() && version.asLong() == VERSION, "/version", "format version " + VERSION, version);
        JsonNode machines = root.path("stateMachines");
        require(machines.isObject(), "/stateMachines", "an object of state machines", machines);
        List<MachineCoverage> result = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : machines.properties()) {
            result.add(machine(e.getKey(), e.getValue(), "/stateMachines/" + escape(e.getKey())));
        }
        return result;
    }

    private MachineCoverage machine(String id, JsonNode node, String pointer) throws InputProblem {
        require(node.isObject(), pointer, "a state machine object", node);
        JsonNode name = node.path("name");
        require(name.isTextual(), pointer + "/name", "the state machine's name (a string)", name);
        Map<CoverageCounter, MachineCoverage.Counter> counters = new EnumMap<>(CoverageCounter.class);
        for (CoverageCounter counter : CoverageCounter.values()) {
            String at = pointer + "/" + counter.jsonName();
            counters.put(counter, counter(node.path(counter.jsonName()), at));
        }
        return new MachineCoverage(id, name.textValue(), counters);
    }

    private MachineCoverage.Counter counter(JsonNode node, String pointer) throws InputProblem {
        require(node.isObject(), pointer, "a counter object with total, covered and items", node);
        JsonNode items = node.path("items");
        if (items.isMissingNode()) {
            long total = count(node.path("total"), pointer + "/total");
            long covered = count(node.path("covered"), pointer + "/covered");
            require(covered <= total, pointer + "/covered", "at most total (" + total + ")", node.path("covered"));
            return new MachineCoverage.Counter(total, covered, List.of());
        }
        require(items.isObject(), pointer + "/items", "an object of hit counts", items);
        List<String> uncovered = new ArrayList<>();
        long total = 0;
        for (Map.Entry<String, JsonNode> item : items.properties()) {
            if (count(item.getValue(), pointer + "/items/" + escape(item.getKey())) == 0) {
                uncovered.add(item.getKey());
            }
            total++;
        }
        return new MachineCoverage.Counter(total, total - uncovered.size(), uncovered);
    }

    private long count(JsonNode node, String pointer) throws InputProblem {
        require(node.canConvertToExactIntegral() && node.canConvertToLong() && node.asLong() >= 0, pointer,
                "a count (an integer of 0 or more)", node);
        return node.asLong();
    }

    private void require(boolean ok, String pointer, String expected, JsonNode actual) throws InputProblem {
        if (!ok) {
            throw new InputProblem(PluginDiagnostics.coverageFileUnexpected(source, pointer, json.at(pointer), expected, Text.describe(actual)));
        }
    }

    /** RFC 6901: '~' and '/' in a key are written as ~0 and ~1. */
    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
