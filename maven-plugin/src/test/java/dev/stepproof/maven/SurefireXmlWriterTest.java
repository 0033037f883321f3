package dev.stepproof.maven;

import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.ScenarioReport;
import dev.stepproof.toolkit.Severity;
import dev.stepproof.toolkit.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.BDDAssertions.then;

class SurefireXmlWriterTest {

    @TempDir
    Path dir;

    private static final SourcePosition AT_4_5 = new SourcePosition(4, 5);

    private static ScenarioReport report(ScenarioReport.CaseResult... cases) {
        return new ScenarioReport("/p/src/test/resources/orders.sfn-test.yaml", List.of(), List.of(cases));
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void should_write_one_testcase_per_case_with_the_failure_described() throws Exception {
        // GIVEN
        ScenarioReport.CaseResult passed = new ScenarioReport.CaseResult("happy path", AT_4_5, List.of(), null);
        ScenarioReport.CaseResult failed = new ScenarioReport.CaseResult("wrong <output> & \"path\"", new SourcePosition(20, 5),
                List.of("expected path [Reserve, Rejected] but was [Reserve, Charge]", "expected 2 call(s) of task 'Reserve' but there were 1"), null);
        ScenarioSuite suite = ScenarioSuite.of("orders.sfn-test.yaml", report(passed, failed), "orders.sfn-test.yaml", Duration.ofMillis(1234));
        // WHEN
        Path file = SurefireXmlWriter.write(suite, dir.resolve("stepproof-reports"));
        // THEN
        then(file.getFileName()).hasToString("TEST-orders.sfn-test.yaml.xml");
        Element root = parse(Files.readString(file)).getDocumentElement();
        then(root.getTagName()).isEqualTo("testsuite");
        then(root.getAttribute("name")).isEqualTo("orders.sfn-test.yaml");
        then(root.getAttribute("tests")).isEqualTo("2");
        then(root.getAttribute("failures")).isEqualTo("1");
        then(root.getAttribute("errors")).isEqualTo("0");
        then(root.getAttribute("skipped")).isEqualTo("0");
        then(root.getAttribute("time")).isEqualTo("1.234");
        NodeList cases = root.getElementsByTagName("testcase");
        then(cases.getLength()).isEqualTo(2);
        Element first = (Element) cases.item(0);
        then(first.getAttribute("name")).isEqualTo("happy path");
        then(first.getAttribute("classname")).isEqualTo("orders.sfn-test.yaml");
        then(first.getChildNodes().getLength()).isZero();
        Element failure = (Element) ((Element) cases.item(1)).getElementsByTagName("failure").item(0);
        String described = """
                Case 'wrong <output> & "path"' (orders.sfn-test.yaml:20:5) failed:
                  - expected path [Reserve, Rejected] but was [Reserve, Charge]
                  - expected 2 call(s) of task 'Reserve' but there were 1""";
        then(((Element) cases.item(1)).getAttribute("name")).isEqualTo("wrong <output> & \"path\"");
        then(failure.getAttribute("message")).isEqualTo(described);
        then(failure.getAttribute("type")).isEqualTo("StepProof.ScenarioFailure");
        then(failure.getTextContent()).isEqualTo(described);
    }

    @Test
    void should_report_a_file_that_could_not_run_as_one_testcase_in_error() throws Exception {
        // GIVEN
        Diagnostic bad = new Diagnostic("SP-C001", Severity.ERROR, "bad.sfn-test.yaml", "/cases/0", new SourcePosition(3, 3),
                "unknown key 'expext'", "Did you mean 'expect'?");
        ScenarioReport report = new ScenarioReport("bad.sfn-test.yaml", List.of(bad), List.of());
        // WHEN
        String xml = SurefireXmlWriter.toXml(ScenarioSuite.of("sub/bad.sfn-test.yaml", report, "bad.sfn-test.yaml", Duration.ZERO));
        // THEN
        Element root = parse(xml).getDocumentElement();
        then(root.getAttribute("tests")).isEqualTo("1");
        then(root.getAttribute("errors")).isEqualTo("1");
        then(root.getAttribute("failures")).isEqualTo("0");
        Element testcase = (Element) root.getElementsByTagName("testcase").item(0);
        then(testcase.getAttribute("name")).isEqualTo("(scenario file)");
        Element error = (Element) testcase.getElementsByTagName("error").item(0);
        then(error.getAttribute("type")).isEqualTo("SP-C001");
        then(error.getAttribute("message"))
                .isEqualTo("bad.sfn-test.yaml:3:3: ERROR SP-C001 at /cases/0: unknown key 'expext' Fix: Did you mean 'expect'?");
    }

    @Test
    void should_name_reports_of_nested_files_with_dots() {
        then(SurefireXmlWriter.fileName("orders/eu/happy.sfn-test.json")).isEqualTo("TEST-orders.eu.happy.sfn-test.json.xml");
    }

    @Test
    void should_keep_characters_xml_cannot_carry_visible() throws Exception {
        // GIVEN a cause with a control character, as a task error may contain
        ScenarioReport.CaseResult failed = new ScenarioReport.CaseResult("c", AT_4_5, List.of("cause was \u0007bell\ttab"), null);
        // WHEN
        String xml = SurefireXmlWriter.toXml(ScenarioSuite.of("s.sfn-test.yaml", report(failed), "s.sfn-test.yaml", Duration.ZERO));
        // THEN it still parses, and the character is spelled out
        Element failure = (Element) parse(xml).getElementsByTagName("failure").item(0);
        then(failure.getAttribute("message")).endsWith("cause was \\u0007bell\ttab");
    }
}
