package dev.stepproof.toolkit.internal.coverage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepproof.toolkit.coverage.CoverageMetric;
import dev.stepproof.toolkit.coverage.CoverageReport;
import dev.stepproof.toolkit.coverage.MachineCoverage;
import dev.stepproof.toolkit.coverage.MetricCoverage;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and writes {@code coverage.json} (format documented on {@link CoverageReport}). Writing builds every
 * object with its keys in sorted order, so the same report always gives the same bytes; reading checks every
 * field and names the location of the first problem.
 */
public final class CoverageJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CoverageJson() {
    }

    /** @return the text of a version 1 file holding {@code machines} (already sorted by id) */
    public static String write(Collection<MachineCoverage> machines) {
        ObjectNode all = NODES.objectNode();
        machines.forEach(machine -> all.set(machine.id(), machine(machine)));
        ObjectNode root = NODES.objectNode();
        root.set("stateMachines", all);
        root.put("version", CoverageReport.FORMAT_VERSION);
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // a tree of strings and numbers always serialises
        }
    }

    private static ObjectNode machine(MachineCoverage machine) {
        TreeMap<String, JsonNode> fields = new TreeMap<>();
        fields.put("name", NODES.textNode(machine.name()));
        fields.put("definitionHash", NODES.textNode(machine.definitionHash()));
        machine.metrics().forEach((metric, coverage) -> fields.put(metric.jsonName(), metric(coverage)));
        ObjectNode node = NODES.objectNode();
        fields.forEach(node::set);
        return node;
    }

    private static ObjectNode metric(MetricCoverage coverage) {
        ObjectNode node = NODES.objectNode();
        node.put("covered", coverage.covered());
        ObjectNode items = node.putObject("items");
        coverage.items().forEach(items::put);
        node.put("total", coverage.total());
        return node;
    }

    /** @throws IllegalArgumentException naming {@code source} and the JSON location of the first problem */
    public static List<MachineCoverage> read(String source, String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Coverage file [" + source + "] is not JSON: " + e.getOriginalMessage(), e);
        }
        Problems at = new Problems(source);
        at.require(root != null && root.isObject(), "$", "an object", root);
        JsonNode version = root.get("version");
        at.require(version != null && version.isInt() && version.intValue() == CoverageReport.FORMAT_VERSION,
                "$.version", "version " + CoverageReport.FORMAT_VERSION, version);
        JsonNode machines = root.get("stateMachines");
        at.require(machines != null && machines.isObject(), "$.stateMachines", "an object", machines);
        List<MachineCoverage> result = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = machines.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            result.add(machine(at, "$.stateMachines['" + entry.getKey() + "']", entry.getKey(), entry.getValue()));
        }
        return result;
    }

    private static MachineCoverage machine(Problems at, String path, String id, JsonNode node) {
        at.require(node.isObject(), path, "an object", node);
        JsonNode name = node.get("name");
        at.require(name != null && name.isTextual(), path + ".name", "a string", name);
        JsonNode hash = node.get("definitionHash");
        at.require(hash != null && hash.isTextual(), path + ".definitionHash", "a string", hash);
        String expectedId = MachineCoverage.idOf(name.textValue(), hash.textValue());
        at.require(expectedId.equals(id), path, "the id '" + expectedId + "' (name@hash)", NODES.textNode(id));
        EnumMap<CoverageMetric, MetricCoverage> metrics = new EnumMap<>(CoverageMetric.class);
        for (CoverageMetric metric : CoverageMetric.values()) {
            JsonNode items = node.path(metric.jsonName()).get("items");
            String itemsPath = path + "." + metric.jsonName() + ".items";
            at.require(items != null && items.isObject(), itemsPath, "an object", items);
            metrics.put(metric, items(at, itemsPath, items));
        }
        return new MachineCoverage(id, name.textValue(), hash.textValue(), metrics);
    }

    private static MetricCoverage items(Problems at, String path, JsonNode items) {
        TreeMap<String, Long> hits = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = items.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> item = it.next();
            JsonNode count = item.getValue();
            at.require(count.canConvertToExactIntegral() && count.canConvertToLong() && count.longValue() >= 0,
                    path + "['" + item.getKey() + "']", "a hit count (an integer >= 0)", count);
            hits.put(item.getKey(), count.longValue());
        }
        return new MetricCoverage(hits);
    }

    /** Turns a failed check into one message: source, JSON location, expected, actual. */
    private record Problems(String source) {
        void require(boolean ok, String path, String expected, JsonNode actual) {
            if (!ok) {
                throw new IllegalArgumentException("Coverage file [" + source + "] at " + path + ": expected "
                        + expected + ", but was " + (actual == null ? "missing" : actual.toString()));
            }
        }
    }
}
