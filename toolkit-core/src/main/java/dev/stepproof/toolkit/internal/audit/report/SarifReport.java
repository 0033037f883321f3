package dev.stepproof.toolkit.internal.audit.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepproof.toolkit.audit.AuditReport;
import dev.stepproof.toolkit.audit.AuditRule;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.audit.Suppression;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * SARIF 2.1.0, shaped for GitHub code scanning: one run; every rule that ran as a {@code reportingDescriptor}
 * with short and full description, help, default level and {@code security-severity}; each finding with its
 * level, message (fix appended), physical location (relative URI, line and column), logical location (state path),
 * {@code partialFingerprints} (line-independent) and, when suppressed, {@code suppressions}.
 */
public final class SarifReport {

    /** The schema URI written into {@code $schema}: the OASIS errata 01 schema. */
    public static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    /** The key of StepProof's partial fingerprint. */
    public static final String FINGERPRINT_KEY = "stepproof/v1";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SarifReport() {
    }

    /** @return the SARIF log; {@code base} makes artifact URIs relative (may be null) */
    public static ObjectNode render(AuditReport report, Path base) {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", Tool.NAME);
        driver.put("semanticVersion", Tool.version().replace("-SNAPSHOT", ""));
        driver.put("version", Tool.version());
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        for (AuditRule rule : report.rules()) {
            index.put(rule.id(), rules.size());
            rules.add(rule(rule));
        }
        ArrayNode results = run.putArray("results");
        for (Finding f : report.findings()) {
            results.add(result(f, index.get(f.ruleId()), base));
        }
        run.put("columnKind", "utf16CodeUnits"); // Jackson counts columns in chars
        return root;
    }

    private static ObjectNode rule(AuditRule rule) {
        ObjectNode r = NODES.objectNode();
        r.put("id", rule.id());
        r.put("name", rule.title().replaceAll("[^A-Za-z0-9]+", " ").strip().replace(' ', '-'));
        r.putObject("shortDescription").put("text", rule.title());
        r.putObject("fullDescription").put("text", rule.help().isEmpty() ? rule.title() : rule.help());
        ObjectNode help = r.putObject("help");
        help.put("text", rule.help().isEmpty() ? rule.title() : rule.help());
        help.put("markdown", "**" + rule.id() + " — " + rule.title() + "**\n\n" + rule.help()
                + "\n\nSee docs/audit.md for every rule.");
        r.putObject("defaultConfiguration").put("level", rule.defaultSeverity().sarifLevel());
        ObjectNode properties = r.putObject("properties");
        ArrayNode tags = properties.putArray("tags");
        tags.add(family(rule.id()));
        tags.add(rule.id().startsWith("RES") || rule.id().startsWith("ASL") || rule.id().startsWith("OBS") ? "reliability" : "security");
        rule.defaultSeverity().securitySeverity().ifPresent(s -> properties.put("security-severity", s));
        properties.put("problem.severity", rule.defaultSeverity().sarifLevel().equals("note") ? "recommendation" : rule.defaultSeverity().sarifLevel());
        return r;
    }

    private static String family(String id) {
        int dash = id.indexOf('-');
        return (dash < 0 ? id : id.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    private static ObjectNode result(Finding f, Integer ruleIndex, Path base) {
        ObjectNode r = NODES.objectNode();
        r.put("ruleId", f.ruleId());
        if (ruleIndex != null) {
            r.put("ruleIndex", ruleIndex);
        }
        r.put("level", f.severity().sarifLevel());
        String text = f.message() + (f.fix().isEmpty() ? "" : " Fix: " + f.fix())
                + (f.policySnippet() == null ? "" : "\n" + f.policySnippet());
        r.putObject("message").put("text", text);
        ObjectNode location = r.putArray("locations").addObject();
        ObjectNode physical = location.putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        String relative = Paths.relative(f.location().source(), base);
        artifact.put("uri", Paths.uri(relative));
        if (!relative.startsWith("/") && base != null) {
            artifact.put("uriBaseId", "%SRCROOT%");
        }
        if (f.location().position().isKnown()) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", f.location().position().line());
            region.put("startColumn", f.location().position().column());
        }
        if (!f.location().logicalPath().isEmpty()) {
            ObjectNode logical = location.putArray("logicalLocations").addObject();
            logical.put("fullyQualifiedName", f.location().logicalPath());
            logical.put("kind", "object");
        }
        r.putObject("partialFingerprints").put(FINGERPRINT_KEY, f.fingerprint());
        ObjectNode properties = r.putObject("properties");
        properties.put("severity", f.severity().name());
        f.severity().securitySeverity().ifPresent(s -> properties.put("security-severity", s));
        properties.put("stateMachine", f.machine());
        if (f.stateName() != null) {
            properties.put("state", f.stateName());
        }
        if (!f.isActive()) {
            ObjectNode s = r.putArray("suppressions").addObject();
            s.put("kind", f.suppression().kind() == Suppression.Kind.IN_SOURCE ? "inSource" : "external");
            s.put("status", "accepted");
            s.put("justification", f.suppression().reason().isEmpty() ? "accepted in the " + f.suppression().origin()
                    : f.suppression().reason() + " (" + f.suppression().origin() + ")");
        }
        return r;
    }
}
