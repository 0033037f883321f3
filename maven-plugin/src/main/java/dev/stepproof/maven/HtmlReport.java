package dev.stepproof.maven;

import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.coverage.CoverageDiagram;
import dev.stepproof.toolkit.coverage.CoverageMetric;
import dev.stepproof.toolkit.coverage.CoverageReport;
import dev.stepproof.toolkit.coverage.MachineCoverage;
import dev.stepproof.toolkit.coverage.MetricCoverage;
import dev.stepproof.toolkit.coverage.WorkflowCoverage;
import dev.stepproof.toolkit.model.StateMachine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Builds the {@code report} goal's page: one self-contained HTML document (inline CSS and SVG, no script) with a
 * section per state machine in {@code coverage.json} and a section of scenario results. Missing or unreadable
 * inputs are not errors: the page says what was missing and shows the rest.
 */
final class HtmlReport {

    /** The page and what it holds. */
    record Rendered(String html, int machines, int cases, List<String> notes) {
    }

    /** A definition found in the project. */
    private record Definition(String source, String name, String hash, StateMachine machine) {
    }

    /** The definition drawn for a coverage entry, and whether only its name matched. */
    private record Match(Definition definition, boolean byName) {
    }

    private final Path coverageFile;
    private final Path reportsDirectory;
    private final List<Path> definitionFiles;
    private final UnaryOperator<String> shown;

    /**
     * @param coverageFile     {@code coverage.json}; may not exist
     * @param reportsDirectory where the {@code TEST-*.xml} files are; may not exist
     * @param definitionFiles  the project's definitions, to draw the machines
     * @param shown            turns an absolute path into the form shown to users
     */
    HtmlReport(Path coverageFile, Path reportsDirectory, List<Path> definitionFiles, UnaryOperator<String> shown) {
        this.coverageFile = coverageFile;
        this.reportsDirectory = reportsDirectory;
        this.definitionFiles = List.copyOf(definitionFiles);
        this.shown = shown;
    }

    Rendered render() {
        List<String> notes = new ArrayList<>();
        List<MachineCoverage> machines = readCoverage(notes);
        ScenarioResults.Read scenarios = readScenarios(notes);
        List<Definition> definitions = machines.isEmpty() ? List.of() : readDefinitions();

        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>StepProof report</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<h1>StepProof report</h1>\n");
        if (!notes.isEmpty()) {
            html.append("<section class=\"notes\">\n<h2>Missing inputs</h2>\n<ul>\n");
            notes.forEach(n -> html.append("<li>").append(esc(n)).append("</li>\n"));
            html.append("</ul>\n</section>\n");
        }
        html.append("<section id=\"coverage\">\n<h2>Coverage (").append(Text.count(machines.size(), "state machine"))
                .append(")</h2>\n");
        if (machines.isEmpty()) {
            html.append("<p class=\"none\">No coverage data.</p>\n");
        }
        for (MachineCoverage machine : machines) {
            machineSection(html, machine, match(machine, definitions));
        }
        html.append("</section>\n");
        scenarioSection(html, scenarios);
        html.append("</body>\n</html>\n");
        return new Rendered(html.toString(), machines.size(), scenarios.cases(), List.copyOf(notes));
    }

    private List<MachineCoverage> readCoverage(List<String> notes) {
        String shownFile = shown.apply(coverageFile.toAbsolutePath().toString());
        if (!Files.isRegularFile(coverageFile)) {
            notes.add("no coverage data at " + shownFile);
            return List.of();
        }
        try {
            return CoverageReport.fromJson(shownFile, Files.readString(coverageFile, StandardCharsets.UTF_8)).machines();
        } catch (IOException | IllegalArgumentException e) {
            notes.add("could not read the coverage data in " + shownFile + ": " + e.getMessage());
            return List.of();
        }
    }

    private ScenarioResults.Read readScenarios(List<String> notes) {
        String shownDir = shown.apply(reportsDirectory.toAbsolutePath().toString());
        if (!Files.isDirectory(reportsDirectory)) {
            notes.add("no scenario results in " + shownDir);
            return new ScenarioResults.Read(List.of(), List.of());
        }
        try {
            ScenarioResults.Read read = ScenarioResults.read(reportsDirectory);
            if (read.suites().isEmpty() && read.problems().isEmpty()) {
                notes.add("no TEST-*.xml scenario results in " + shownDir);
            }
            notes.addAll(read.problems());
            return read;
        } catch (IOException e) {
            notes.add("could not list " + shownDir + ": " + e.getMessage());
            return new ScenarioResults.Read(List.of(), List.of());
        }
    }

    private List<Definition> readDefinitions() {
        DefinitionReader reader = DefinitionReader.standard();
        List<Definition> definitions = new ArrayList<>();
        for (Path file : definitionFiles) {
            StateMachine machine = reader.read(file).machine();
            if (machine == null) {
                continue; // invalid definitions are validate's business; the report just cannot draw them
            }
            String name = nameOf(file);
            definitions.add(new Definition(shown.apply(file.toAbsolutePath().toString()), name,
                    WorkflowCoverage.of(name, machine).definitionHash(), machine));
        }
        return definitions;
    }

    /** @return {@code orders} for {@code orders.asl.json}: the file name without its definition extension */
    static String nameOf(Path file) {
        String name = file.getFileName().toString();
        for (String ext : List.of(".asl.json", ".asl.yaml", ".asl.yml", ".json", ".yaml", ".yml")) {
            if (name.endsWith(ext)) {
                return name.substring(0, name.length() - ext.length());
            }
        }
        return name;
    }

    /** Matches by definition hash (either may be abbreviated), then by name. */
    private static Optional<Match> match(MachineCoverage machine, List<Definition> definitions) {
        String hash = machine.definitionHash() == null ? "" : machine.definitionHash().toLowerCase(Locale.ROOT);
        if (!hash.isEmpty()) {
            for (Definition d : definitions) {
                if (d.hash().startsWith(hash) || hash.startsWith(d.hash())) {
                    return Optional.of(new Match(d, false));
                }
            }
        }
        return definitions.stream().filter(d -> d.name().equals(machine.name())).findFirst().map(d -> new Match(d, true));
    }

    private static void machineSection(StringBuilder html, MachineCoverage machine, Optional<Match> match) {
        html.append("<article class=\"machine\" id=\"").append(esc(machine.id())).append("\">\n<h3>")
                .append(esc(machine.name())).append(" <small>").append(esc(machine.id())).append("</small></h3>\n");
        html.append("<table class=\"metrics\">\n<thead><tr><th>Metric</th><th>Covered</th><th>Ratio</th><th></th></tr></thead>\n<tbody>\n");
        Map<CoverageMetric, List<String>> missed = new LinkedHashMap<>();
        for (CoverageMetric metric : CoverageMetric.values()) {
            MetricCoverage m = machine.metric(metric);
            html.append("<tr><td>").append(label(metric)).append("</td><td>").append(m.covered()).append('/')
                    .append(m.total()).append("</td>");
            if (m.total() == 0) {
                html.append("<td class=\"na\">n/a</td><td></td></tr>\n");
                continue;
            }
            String percent = String.format(Locale.ROOT, "%.1f%%", m.ratio() * 100);
            html.append("<td>").append(percent).append("</td><td><div class=\"bar\"><div class=\"fill\" style=\"width:")
                    .append(String.format(Locale.ROOT, "%.1f", m.ratio() * 100)).append("%\"></div></div></td></tr>\n");
            if (!m.missedItems().isEmpty()) {
                missed.put(metric, m.missedItems());
            }
        }
        html.append("</tbody>\n</table>\n");
        if (missed.isEmpty()) {
            html.append("<p class=\"all\">Nothing missed.</p>\n");
        } else {
            html.append("<div class=\"missed\"><h4>Missed</h4>\n<dl>\n");
            missed.forEach((metric, items) -> {
                html.append("<dt>").append(label(metric)).append("</dt><dd>");
                for (int i = 0; i < items.size(); i++) {
                    html.append(i == 0 ? "" : ", ").append("<code>").append(esc(items.get(i))).append("</code>");
                }
                html.append("</dd>\n");
            });
            html.append("</dl>\n</div>\n");
        }
        if (match.isPresent()) {
            Definition definition = match.get().definition();
            html.append("<figure class=\"diagram\">\n").append(CoverageDiagram.svg(definition.machine(), machine))
                    .append("\n<figcaption>").append(esc(definition.source()));
            if (match.get().byName()) {
                html.append(" (matched by name only: its hash differs, so the definition may have changed since the"
                        + " coverage was recorded)");
            }
            html.append("</figcaption>\n</figure>\n");
        } else {
            html.append("<p class=\"nodef\">Diagram: definition not found (no definition under the source directory has hash ")
                    .append(esc(machine.definitionHash())).append(" or name ").append(esc(machine.name())).append(").</p>\n");
        }
        html.append("</article>\n");
    }

    private static void scenarioSection(StringBuilder html, ScenarioResults.Read scenarios) {
        html.append("<section id=\"scenarios\">\n<h2>Scenarios (").append(Text.count(scenarios.cases(), "case")).append(")</h2>\n");
        if (scenarios.suites().isEmpty()) {
            html.append("<p class=\"none\">No scenario results.</p>\n");
        }
        for (ScenarioResults.Suite suite : scenarios.suites()) {
            long failed = suite.cases().stream().filter(c -> !c.passed()).count();
            html.append("<h3>").append(esc(suite.name())).append(" <small>").append(suite.cases().size() - failed)
                    .append(" passed, ").append(failed).append(" failed</small></h3>\n")
                    .append("<table class=\"cases\">\n<thead><tr><th>Case</th><th>Result</th></tr></thead>\n<tbody>\n");
            for (ScenarioResults.Case c : suite.cases()) {
                html.append("<tr class=\"").append(c.passed() ? "passed" : "failed").append("\"><td>").append(esc(c.name()))
                        .append("</td><td>");
                if (c.passed()) {
                    html.append("passed");
                } else {
                    html.append("failed<pre>").append(esc(c.message())).append("</pre>");
                }
                html.append("</td></tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        }
        html.append("</section>\n");
    }

    private static String label(CoverageMetric metric) {
        String words = metric.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Escapes text for HTML element content and double-quoted attributes. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    private static final String CSS = """
            body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
            h1 { margin-top: 0; }
            small { color: #777; font-weight: normal; }
            .notes { background: #fff8e1; border: 1px solid #f0c36d; padding: 0.5em 1em; margin-bottom: 1em; }
            .machine { border-top: 1px solid #ddd; padding-top: 0.5em; margin-bottom: 2em; }
            table { border-collapse: collapse; margin: 0.5em 0; }
            th, td { text-align: left; padding: 0.2em 0.8em; border-bottom: 1px solid #eee; vertical-align: top; }
            .bar { width: 12em; height: 0.8em; background: #e0e0e0; border-radius: 0.2em; overflow: hidden; margin-top: 0.3em; }
            .fill { height: 100%; background: #43a047; }
            .na { color: #999; }
            .nodef { color: #a65; font-style: italic; }
            .diagram svg { max-width: 100%; height: auto; }
            tr.failed td { background: #fdecea; }
            tr.passed td:last-child { color: #2e7d32; }
            pre { white-space: pre-wrap; margin: 0.3em 0 0; font-size: 0.9em; }
            """;
}
