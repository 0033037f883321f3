package dev.stepproof.toolkit.internal.audit.report;

import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.audit.AuditReport;
import dev.stepproof.toolkit.audit.Finding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain text for a terminal or a build log: findings grouped by state machine, one line each in the
 * compiler-like form IDEs turn into links, the fix indented below, then a summary. No colours, so it reads the
 * same in CI logs.
 */
public final class ConsoleReport {

    private ConsoleReport() {
    }

    /** @return the report as text; {@code base} makes file names relative (may be null) */
    public static String render(AuditReport report, Path base) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : report.problems()) {
            out.append(Paths.relative(d.source(), base)).append(d.position().isKnown() ? ":" + d.position() : "")
                    .append(": ").append(d.severity()).append(' ').append(d.code()).append(' ').append(d.message()).append('\n');
        }
        Map<String, List<Finding>> byMachine = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            byMachine.computeIfAbsent(f.machine(), k -> new ArrayList<>()).add(f);
        }
        for (Map.Entry<String, List<Finding>> e : byMachine.entrySet()) {
            out.append('\n').append("State machine '").append(e.getKey()).append("'\n");
            List<Finding> sorted = new ArrayList<>(e.getValue());
            sorted.sort(Comparator.comparing((Finding f) -> f.severity().ordinal()).thenComparing(f -> f.location().position().line()));
            for (Finding f : sorted) {
                line(out, f, base);
            }
        }
        summary(out, report);
        return out.toString();
    }

    private static void line(StringBuilder out, Finding f, Path base) {
        out.append("  ").append(Paths.relative(f.location().source(), base));
        if (f.location().position().isKnown()) {
            out.append(':').append(f.location().position());
        }
        out.append(": ").append(f.severity()).append(' ').append(f.ruleId()).append(' ').append(f.message());
        if (!f.isActive()) {
            out.append(" [suppressed: ").append(f.suppression().origin())
                    .append(f.suppression().reason().isEmpty() ? "" : " — " + f.suppression().reason()).append(']');
        }
        out.append('\n');
        if (f.isActive() && !f.fix().isEmpty()) {
            out.append("      fix: ").append(f.fix()).append('\n');
            if (f.policySnippet() != null) {
                for (String l : f.policySnippet().split("\n")) {
                    out.append("        ").append(l).append('\n');
                }
            }
        }
    }

    private static void summary(StringBuilder out, AuditReport report) {
        out.append('\n').append("StepProof audit: ").append(report.machines().size()).append(" state machine(s), ")
                .append(report.activeFindings().size()).append(" finding(s)");
        if (!report.severityCounts().isEmpty()) {
            out.append(" (").append(report.severityCounts()).append(')');
        }
        if (!report.suppressedFindings().isEmpty()) {
            out.append(", ").append(report.suppressedFindings().size()).append(" suppressed");
        }
        out.append(".\n");
        String threshold = report.failOnSeverity().map(Enum::name).orElse("NONE");
        out.append(report.passed() ? "PASSED" : "FAILED: " + report.failingFindings().size() + " finding(s) at or above " + threshold)
                .append(" (failOnSeverity ").append(threshold).append(")");
        if (report.hasProblems()) {
            out.append("; ").append(report.problems().size()).append(" input problem(s)");
        }
        out.append(".\n");
    }
}
