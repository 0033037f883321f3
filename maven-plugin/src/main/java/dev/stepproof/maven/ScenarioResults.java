package dev.stepproof.maven;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the Surefire XML reports ({@code TEST-*.xml}) that the {@code scenarios} goal writes, for the
 * {@code report} goal. Only what the report shows is kept: suite, case, outcome and failure message.
 */
final class ScenarioResults {

    /** One {@code <testsuite>}. */
    record Suite(String name, List<Case> cases) {
        Suite {
            cases = List.copyOf(cases);
        }
    }

    /** One {@code <testcase>}; {@code message} is empty when it passed. */
    record Case(String name, boolean passed, String message) {
    }

    /** What was read from a directory: the suites, and one note per file that could not be read. */
    record Read(List<Suite> suites, List<String> problems) {
        int cases() {
            return suites.stream().mapToInt(s -> s.cases().size()).sum();
        }
    }

    private ScenarioResults() {
    }

    /**
     * @param directory the reports directory; must exist
     * @return the suites of its {@code TEST-*.xml} files, sorted by file name
     * @throws IOException when the directory cannot be listed
     */
    static Read read(Path directory) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith("TEST-") && name.endsWith(".xml") && Files.isRegularFile(p);
            }).sorted().toList();
        }
        List<Suite> suites = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        DocumentBuilder builder = builder();
        for (Path file : files) {
            try {
                suites.add(parse(builder.parse(file.toFile()), file));
            } catch (Exception e) {
                problems.add("could not read " + file.getFileName() + ": " + e.getMessage());
            }
        }
        return new Read(suites, problems);
    }

    private static Suite parse(Document doc, Path file) {
        Element root = doc.getDocumentElement();
        String suiteName = root.getAttribute("name").isEmpty() ? file.getFileName().toString() : root.getAttribute("name");
        List<Case> cases = new ArrayList<>();
        NodeList testcases = root.getElementsByTagName("testcase");
        for (int i = 0; i < testcases.getLength(); i++) {
            Element tc = (Element) testcases.item(i);
            Element problem = first(tc, "failure");
            if (problem == null) {
                problem = first(tc, "error");
            }
            if (problem == null) {
                cases.add(new Case(tc.getAttribute("name"), true, ""));
            } else {
                String message = problem.hasAttribute("message") ? problem.getAttribute("message") : problem.getTextContent();
                cases.add(new Case(tc.getAttribute("name"), false, message == null ? "" : message));
            }
        }
        return new Suite(suiteName, cases);
    }

    private static Element first(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : (Element) nodes.item(0);
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // Reports are local files, but no DTD or external entity is ever needed to read them.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // errors become exceptions, not stderr noise
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser: " + e.getMessage(), e);
        }
    }
}
