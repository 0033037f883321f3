package dev.stepproof.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a {@link ScenarioSuite} as a Surefire XML report ({@code TEST-<suite>.xml}), the format Jenkins, GitLab,
 * GitHub test reporters and IDEs read from {@code target/surefire-reports}.
 *
 * <p>Written by hand rather than with {@code XMLStreamWriter} because failure messages are multi-line and an
 * attribute value must encode line breaks as {@code &#10;} to survive parsing, which stream writers do not do.
 * Test cases carry no {@code time}: the runner runs a file's cases together and timing them one by one would be
 * invented; the suite's {@code time} is measured.
 */
final class SurefireXmlWriter {
    private SurefireXmlWriter() {
    }

    /**
     * Writes {@code suite} into {@code directory} (created when missing).
     *
     * @return the file written
     */
    static Path write(ScenarioSuite suite, Path directory) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve(fileName(suite.name()));
        Files.writeString(file, toXml(suite), StandardCharsets.UTF_8);
        return file;
    }

    /** @return {@code TEST-<name>.xml}, with directory separators turned into dots so reports stay in one folder */
    static String fileName(String suiteName) {
        return "TEST-" + suiteName.replace('/', '.').replace('\\', '.') + ".xml";
    }

    /** @return the report's text */
    static String toXml(ScenarioSuite suite) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuite name=\"").append(attr(suite.name()))
                .append("\" tests=\"").append(suite.cases().size())
                .append("\" failures=\"").append(suite.count(ScenarioSuite.Outcome.FAILED))
                .append("\" errors=\"").append(suite.count(ScenarioSuite.Outcome.ERROR))
                .append("\" skipped=\"0\" time=\"").append(seconds(suite)).append("\">\n");
        for (ScenarioSuite.Case c : suite.cases()) {
            xml.append("  <testcase name=\"").append(attr(c.name()))
                    .append("\" classname=\"").append(attr(suite.name())).append('"');
            if (c.outcome() == ScenarioSuite.Outcome.PASSED) {
                xml.append("/>\n");
                continue;
            }
            String element = c.outcome() == ScenarioSuite.Outcome.FAILED ? "failure" : "error";
            xml.append(">\n    <").append(element).append(" message=\"").append(attr(c.message()))
                    .append("\" type=\"").append(attr(c.type())).append("\">")
                    .append(text(c.message())).append("</").append(element).append(">\n  </testcase>\n");
        }
        return xml.append("</testsuite>\n").toString();
    }

    private static String seconds(ScenarioSuite suite) {
        return String.format(Locale.ROOT, "%.3f", suite.time().toNanos() / 1e9);
    }

    /** Escapes for an attribute value, keeping line breaks and tabs (which parsers would otherwise normalise). */
    static String attr(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append("&#9;");
                case '"' -> out.append("&quot;");
                default -> appendText(out, cp);
            }
        });
        return out.toString();
    }

    /** Escapes for element content. */
    static String text(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                out.appendCodePoint(cp);
            } else {
                appendText(out, cp);
            }
        });
        return out.toString();
    }

    private static void appendText(StringBuilder out, int cp) {
        switch (cp) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            default -> {
                if (allowedInXml(cp)) {
                    out.appendCodePoint(cp);
                } else {
                    // XML 1.0 cannot carry these even as references; keep them visible instead of breaking the file.
                    out.append(String.format(Locale.ROOT, "\\u%04X", cp));
                }
            }
        }
    }

    private static boolean allowedInXml(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
