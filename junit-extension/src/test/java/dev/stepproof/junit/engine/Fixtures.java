package dev.stepproof.junit.engine;

import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

/**
 * The engine's fixtures under {@code src/test/resources/dev/stepproof/junit/engine/}. Files meant to fail or to be
 * malformed are named {@code *.fixture.yaml} / {@code *.fixture.json}: the default globs do not match them, so the
 * engine never runs them unless a test selects them with an include parameter (as Surefire or an IDE scanning this
 * module's classpath would otherwise turn them into failing builds).
 */
final class Fixtures {

    static final String PACKAGE = "dev.stepproof.junit.engine";
    static final String FOLDER = "dev/stepproof/junit/engine/";
    /** Makes the fixtures' names match, alongside the default scenario names. */
    static final String FIXTURES_INCLUDE = "**/*.{sfn-test,fixture}.{yaml,json}";

    private Fixtures() {
    }

    /** @return the engine under test, hermetic: no implicit configuration parameters */
    static EngineTestKit.Builder engine() {
        return EngineTestKit.engine(new StepProofTestEngine());
    }

    /** @return the absolute path of a fixture, on the test classpath */
    static Path path(String relative) {
        URL url = Fixtures.class.getClassLoader().getResource(FOLDER + relative);
        if (url == null) {
            throw new IllegalArgumentException("No fixture " + FOLDER + relative);
        }
        try {
            return Path.of(url.toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the classpath root holding the fixtures (target/test-classes) */
    static Path testClassesRoot() {
        Path root = path("orders.sfn-test.yaml");
        for (int i = 0; i < FOLDER.split("/").length + 1; i++) {
            root = root.getParent();
        }
        return root;
    }

    static String classpathFileId(String relative) {
        return "[engine:stepproof]/[file:classpath%3A" + (FOLDER + relative).replace("/", "%2F") + "]";
    }

    static String fileId(Path path) {
        return "[engine:stepproof]/[file:" + path.toString().replace("%", "%25").replace("/", "%2F").replace(":", "%3A") + "]";
    }

    /** @return the unique ids of the discovered tests, in tree order */
    static List<String> testIds(EngineDiscoveryResults discovery) {
        return discovery.getEngineDescriptor().getDescendants().stream()
                .filter(TestDescriptor::isTest)
                .map(d -> d.getUniqueId().toString())
                .toList();
    }

    /** @return the legacy reporting names of the discovered files (resource names or paths), in tree order */
    static List<String> files(EngineDiscoveryResults discovery) {
        return discovery.getEngineDescriptor().getChildren().stream().map(TestDescriptor::getLegacyReportingName).toList();
    }
}
