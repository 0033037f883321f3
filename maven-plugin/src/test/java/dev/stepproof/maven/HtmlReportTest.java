package dev.stepproof.maven;

import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.coverage.WorkflowCoverage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.BDDAssertions.then;

class HtmlReportTest {

    @TempDir
    Path dir;

    private String resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The definition under src/, coverage.json naming it "order-flow" (so only its hash matches), one TEST xml. */
    private HtmlReport fixture() throws IOException {
        Path definition = dir.resolve("src/main/resources/orders.asl.json");
        Files.createDirectories(definition.getParent());
        Files.writeString(definition, resource("orders.asl.json"));
        String hash = WorkflowCoverage.of("orders", DefinitionReader.standard().read(definition).machine()).definitionHash();

        Path coverage = dir.resolve("target/stepproof/coverage.json");
        Files.createDirectories(coverage.getParent());
        Files.writeString(coverage, resource("report/coverage.json")
                .replace("@HASH12@", hash.substring(0, 12)).replace("@HASH@", hash));

        Path reports = dir.resolve("target/stepproof-reports");
        Files.createDirectories(reports);
        Files.writeString(reports.resolve("TEST-orders.xml"), resource("report/TEST-orders.xml"));
        return new HtmlReport(coverage, reports, List.of(definition), path -> Text.shown(dir, path));
    }

    @Test
    void should_render_coverage_ratios_the_diagram_and_escaped_scenario_failures() throws IOException {
        HtmlReport.Rendered rendered = fixture().render();

        then(rendered.machines()).isEqualTo(2);
        then(rendered.cases()).isEqualTo(2);
        then(rendered.notes()).isEmpty();
        String html = rendered.html();
        then(html).startsWith("<!DOCTYPE html>")
                .contains("<h3>order-flow <small>")
                .contains("<td>States</td><td>2/3</td><td>66.7%</td>")
                .contains("style=\"width:66.7%\"")
                .contains("<td>Choice rules</td><td>0/0</td><td class=\"na\">n/a</td>")
                .contains("<code>Charge</code>", "<code>Reserve.Retry[0]</code>", "<code>Reserve-&gt;Charge</code>");
        // matched by hash although the names differ: the diagram is drawn inline, with the definition named
        then(html).contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("data-state=\"Reserve\"")
                .contains("<figcaption>" + Path.of("src/main/resources/orders.asl.json") + "</figcaption>")
                .doesNotContain("matched by name only");
        then(html).contains("<h3>ghost <small>").contains("definition not found");
        then(html.split("<svg ", -1)).hasSize(2);

        then(html).contains("<h3>orders.sfn-test.yaml <small>1 passed, 1 failed</small></h3>")
                .contains("<td>reserves then charges</td><td>passed</td>")
                .contains("<td>rejects &lt;bad&gt; orders</td>")
                .contains("<pre>expected output &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more</pre>")
                .doesNotContain("<script")
                .doesNotContain("<link").doesNotContain("src=\"http");
    }

    @Test
    void should_match_a_definition_by_name_when_the_hash_differs() throws IOException {
        HtmlReport report = fixture();
        Path coverage = dir.resolve("target/stepproof/coverage.json");
        Files.writeString(coverage, resource("report/coverage.json")
                .replace("order-flow", "orders").replace("@HASH12@", "ffffffffffff").replace("@HASH@", "ffffffffffff0000"));

        String html = report.render().html();

        then(html).contains("<h3>orders <small>orders@ffffffffffff</small></h3>\n<table")
                .contains("(matched by name only: its hash differs");
        then(html.split("<svg ", -1)).hasSize(2);
    }

    @Test
    void should_say_what_is_missing_and_still_render() {
        HtmlReport.Rendered rendered = new HtmlReport(dir.resolve("target/stepproof/coverage.json"),
                dir.resolve("target/stepproof-reports"), List.of(), path -> Text.shown(dir, path)).render();

        then(rendered.machines()).isZero();
        then(rendered.cases()).isZero();
        then(rendered.notes()).containsExactly(
                "no coverage data at " + Path.of("target/stepproof/coverage.json"),
                "no scenario results in " + Path.of("target/stepproof-reports"));
        then(rendered.html()).contains("<h2>Missing inputs</h2>", "No coverage data.", "No scenario results.")
                .endsWith("</html>\n");
    }

    @Test
    void should_note_an_unreadable_coverage_file() throws IOException {
        Path coverage = dir.resolve("coverage.json");
        Files.writeString(coverage, "{ not json");
        Path reports = Files.createDirectories(dir.resolve("reports"));

        HtmlReport.Rendered rendered = new HtmlReport(coverage, reports, List.of(), path -> Text.shown(dir, path)).render();

        then(rendered.notes()).anySatisfy(n -> then(n).startsWith("could not read the coverage data in coverage.json"));
        then(rendered.notes()).contains("no TEST-*.xml scenario results in reports");
    }

    @Test
    void should_name_a_definition_after_its_file() {
        then(HtmlReport.nameOf(Path.of("a/orders.asl.json"))).isEqualTo("orders");
        then(HtmlReport.nameOf(Path.of("payments.asl.yml"))).isEqualTo("payments");
    }
}
