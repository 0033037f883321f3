package dev.stepproof.toolkit.coverage;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.BDDAssertions.then;

/** The SVG picture of a machine with the path an execution took. */
class CoverageDiagramTest {

    private final OrderMachine order = new OrderMachine();

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> marked(Document svg, String tag, String attribute, String cssClass) {
        List<String> found = new ArrayList<>();
        NodeList nodes = svg.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (e.hasAttribute(attribute) && e.getAttribute("class").contains(cssClass)) {
                found.add(e.getAttribute(attribute));
            }
        }
        return found;
    }

    @Test
    void should_highlight_the_states_and_edges_an_execution_took() throws Exception {
        // GIVEN
        MachineCoverage path = WorkflowCoverage.of("order", order.machine).record(order.bulk()).snapshot();
        // WHEN
        Document svg = parse(CoverageDiagram.svg(order.machine, path));
        // THEN
        then(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        then(marked(svg, "g", "data-state", "hit")).containsExactlyInAnyOrder("Check", "EachItem", "Pack", "Done");
        then(marked(svg, "g", "data-state", "miss")).containsExactlyInAnyOrder("Charge", "Refund", "Failed", "Fork", "Left", "Right");
        then(marked(svg, "path", "data-edge", "hit")).containsExactlyInAnyOrder("Check->EachItem", "EachItem->Done", "EachItem.ItemProcessor");
        then(marked(svg, "path", "data-edge", "miss")).contains("Check->Fork", "Charge->Refund", "Fork.Branches[0]");
    }

    @Test
    void should_draw_the_same_picture_for_the_same_machine_and_coverage() {
        // GIVEN
        MachineCoverage coverage = WorkflowCoverage.of("order", order.machine).record(order.declined()).snapshot();
        // WHEN
        String first = CoverageDiagram.svg(order.machine, coverage);
        String second = CoverageDiagram.svg(order.machine, coverage);
        // THEN
        then(first).isEqualTo(second).contains(">Charge<", "Task · ×1", ">catch<", ">default<");
    }

    @Test
    void should_escape_state_names_that_look_like_markup() throws Exception {
        // GIVEN
        var machine = dev.stepproof.toolkit.DefinitionReader.standard()
                .read("{\"StartAt\": \"<A & 'B'>\", \"States\": {\"<A & 'B'>\": {\"Type\": \"Succeed\"}}}", "odd.asl.json")
                .orElseThrow();
        // WHEN
        String svg = CoverageDiagram.svg(machine, WorkflowCoverage.of("odd", machine).snapshot());
        // THEN
        then(marked(parse(svg), "g", "data-state", "miss")).containsExactly("<A & 'B'>");
    }
}
