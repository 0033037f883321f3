package dev.stepproof.toolkit.internal.audit.report;

import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.audit.AuditReport;
import dev.stepproof.toolkit.audit.AuditRule;
import dev.stepproof.toolkit.audit.Finding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * JUnit XML in cfn-lint's model: one {@code testsuite} per audited state machine, one {@code testcase} per rule.
 * A rule with active findings at or above the threshold is a {@code failure}; one whose findings are all
 * suppressed is {@code skipped}; otherwise it passes, with findings below the threshold listed in
 * {@code system-out} so CI shows them without going red. Unreadable inputs are {@code error}s of an extra suite.
 */
public final class JunitReport {

    private JunitReport() {
    }

    /** @return the XML document; {@code base} makes file names relative (may be null) */
    public static String render(AuditReport report, Path base) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        List<String> suites = new ArrayList<>();
        int tests = 0;
        int failures = 0;
        int errors = 0;
        for (AuditReport.AuditedMachine machine : report.machines()) {
            Suite suite = suite(report, machine, base);
            suites.add(suite.xml());
            tests += suite.tests();
            failures += suite.failures();
        }
        if (!report.problems().isEmpty()) {
            StringBuilder s = new StringBuilder();
            s.append("  <testsuite name=\"inputs\" tests=\"").append(report.problems().size()).append("\" failures=\"0\" errors=\"")
                    .append(report.problems().size()).append("\" skipped=\"0\">\n");
            for (Diagnostic d : report.problems()) {
                s.append("    <testcase classname=\"inputs\" name=\"").append(esc(Paths.relative(d.source(), base))).append("\">\n")
                        .append("      <error type=\"").append(esc(d.code())).append("\" message=\"").append(esc(d.message())).append("\"/>\n")
                        .append("    </testcase>\n");
            }
            s.append("  </testsuite>\n");
            suites.add(s.toString());
            tests += report.problems().size();
            errors += report.problems().size();
        }
        xml.append("<testsuites name=\"StepProof audit\" tests=\"").append(tests).append("\" failures=\"").append(failures)
                .append("\" errors=\"").append(errors).append("\">\n");
        suites.forEach(xml::append);
        return xml.append("</testsuites>\n").toString();
    }

    private record Suite(String xml, int tests, int failures) {
    }

    private static Suite suite(AuditReport report, AuditReport.AuditedMachine machine, Path base) {
        StringBuilder cases = new StringBuilder();
        int failures = 0;
        int skipped = 0;
        String classname = esc(machine.name());
        String file = esc(Paths.relative(machine.source(), base));
        for (AuditRule rule : report.rules()) {
            List<Finding> findings = report.findings().stream()
                    .filter(f -> f.ruleId().equals(rule.id()) && f.machine().equals(machine.name())).toList();
            List<Finding> failing = findings.stream().filter(f -> report.failingFindings().contains(f)).toList();
            List<Finding> active = findings.stream().filter(Finding::isActive).toList();
            cases.append("    <testcase classname=\"").append(classname).append("\" name=\"").append(esc(rule.id() + " " + rule.title()))
                    .append("\" file=\"").append(file).append("\"");
            if (!failing.isEmpty()) {
                failures++;
                cases.append(">\n      <failure type=\"").append(failing.get(0).severity()).append("\" message=\"")
                        .append(esc(failing.get(0).message())).append("\">").append(esc(lines(failing, base))).append("</failure>\n    </testcase>\n");
            } else if (!findings.isEmpty() && active.isEmpty()) {
                skipped++;
                cases.append(">\n      <skipped message=\"").append(esc("suppressed: " + findings.get(0).suppression().reason()))
                        .append("\"/>\n    </testcase>\n");
            } else if (!active.isEmpty()) {
                cases.append(">\n      <system-out>").append(esc(lines(active, base))).append("</system-out>\n    </testcase>\n");
            } else {
                cases.append("/>\n");
            }
        }
        String head = "  <testsuite name=\"" + esc(machine.name()) + "\" tests=\"" + report.rules().size() + "\" failures=\""
                + failures + "\" errors=\"0\" skipped=\"" + skipped + "\">\n";
        return new Suite(head + cases + "  </testsuite>\n", report.rules().size(), failures);
    }

    private static String lines(List<Finding> findings, Path base) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : findings) {
            sb.append(Paths.relative(f.location().source(), base)).append(':').append(f.location().position()).append(": ")
                    .append(f.severity()).append(' ').append(f.message());
            if (!f.fix().isEmpty()) {
                sb.append(" Fix: ").append(f.fix());
            }
            sb.append('\n');
            if (f.policySnippet() != null) {
                sb.append(f.policySnippet()).append('\n');
            }
        }
        return sb.toString();
    }

    /** Escapes XML text and attribute values; drops characters XML 1.0 cannot carry. */
    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
