package dev.stepproof.toolkit.internal.audit.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.audit.AuditReport;
import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.Finding;

import java.nio.file.Path;
import java.util.Map;

/**
 * The machine-readable report, schema version 1 (described in docs/audit.md). Fields are only ever added within a
 * version; a removal or change of meaning bumps {@code version}.
 */
public final class JsonReport {

    /** The schema version written. */
    public static final int VERSION = 1;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonReport() {
    }

    /** @return the report as a JSON tree; {@code base} makes file names relative (may be null) */
    public static ObjectNode render(AuditReport report, Path base) {
        ObjectNode root = NODES.objectNode();
        root.put("version", VERSION);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", Tool.NAME);
        tool.put("version", Tool.version());
        root.put("failOnSeverity", report.failOnSeverity().map(Enum::name).orElse("NONE"));
        root.put("passed", report.passed());
        ObjectNode summary = root.putObject("summary");
        for (Map.Entry<AuditSeverity, Integer> c : report.countBySeverity().entrySet()) {
            summary.put(c.getKey().name(), c.getValue());
        }
        summary.put("suppressed", report.suppressedFindings().size());
        ArrayNode findings = root.putArray("findings");
        report.findings().forEach(f -> findings.add(finding(f, base)));
        ArrayNode machines = root.putArray("machines");
        for (AuditReport.AuditedMachine m : report.machines()) {
            ObjectNode node = machines.addObject();
            node.put("name", m.name());
            node.put("file", Paths.relative(m.source(), base));
            node.set("leastPrivilegePolicy", m.leastPrivilegePolicy());
        }
        ArrayNode problems = root.putArray("problems");
        for (Diagnostic d : report.problems()) {
            ObjectNode p = problems.addObject();
            p.put("code", d.code());
            p.put("severity", d.severity().name());
            p.put("file", Paths.relative(d.source(), base));
            p.put("line", d.position().line());
            p.put("column", d.position().column());
            p.put("message", d.message());
        }
        return root;
    }

    private static ObjectNode finding(Finding f, Path base) {
        ObjectNode n = NODES.objectNode();
        n.put("ruleId", f.ruleId());
        n.put("severity", f.severity().name());
        n.put("family", f.family());
        n.put("message", f.message());
        n.put("fix", f.fix());
        if (f.policySnippet() != null) {
            n.put("policySnippet", f.policySnippet());
        }
        n.put("file", Paths.relative(f.location().source(), base));
        n.put("line", f.location().position().line());
        n.put("column", f.location().position().column());
        n.put("jsonPointer", f.location().pointer());
        n.put("logicalPath", f.location().logicalPath());
        n.put("stateMachine", f.machine());
        if (f.stateName() != null) {
            n.put("state", f.stateName());
        }
        n.put("fingerprint", f.fingerprint());
        n.put("suppressed", !f.isActive());
        if (!f.isActive()) {
            ObjectNode s = n.putObject("suppression");
            s.put("kind", f.suppression().kind().name());
            s.put("origin", f.suppression().origin());
            s.put("reason", f.suppression().reason());
        }
        return n;
    }
}
