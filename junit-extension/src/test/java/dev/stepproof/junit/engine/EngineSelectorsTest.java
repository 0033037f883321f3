package dev.stepproof.junit.engine;

import dev.stepproof.junit.StepProofScenarios;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;

import java.nio.file.Path;
import java.util.Set;

import static dev.stepproof.junit.engine.Fixtures.FOLDER;
import static dev.stepproof.junit.engine.Fixtures.classpathFileId;
import static dev.stepproof.junit.engine.Fixtures.engine;
import static dev.stepproof.junit.engine.Fixtures.fileId;
import static dev.stepproof.junit.engine.Fixtures.files;
import static dev.stepproof.junit.engine.Fixtures.path;
import static dev.stepproof.junit.engine.Fixtures.testIds;
import static org.assertj.core.api.BDDAssertions.then;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

/** One test per selector type the engine supports. */
class EngineSelectorsTest {

    private static final String ORDERS = "orders.sfn-test.yaml";

    @Test
    void should_discover_the_cases_of_a_classpath_resource_with_their_file_positions() {
        // GIVEN
        String resource = FOLDER + ORDERS;
        // WHEN
        EngineDiscoveryResults discovery = engine().selectors(selectClasspathResource(resource)).discover();
        // THEN
        then(testIds(discovery)).containsExactly(
                classpathFileId(ORDERS) + "/[case:happy path]",
                classpathFileId(ORDERS) + "/[case:inventory outage is rejected]");
        TestDescriptor file = discovery.getEngineDescriptor().getChildren().iterator().next();
        then(file.getDisplayName()).isEqualTo(ORDERS);
        then(file.getSource()).contains(ClasspathResourceSource.from(resource));
        then(file.getChildren()).extracting(c -> c.getSource().orElseThrow()).containsExactly(
                FileSource.from(path(ORDERS).toFile(), FilePosition.from(4, 5)),
                FileSource.from(path(ORDERS).toFile(), FilePosition.from(16, 5)));
        then(discovery.getDiscoveryIssues()).isEmpty();
    }

    @Test
    void should_discover_the_cases_of_a_file() {
        // GIVEN
        Path file = path(ORDERS);
        // WHEN
        EngineDiscoveryResults discovery = engine().selectors(selectFile(file.toFile())).discover();
        // THEN
        then(testIds(discovery)).containsExactly(
                fileId(file) + "/[case:happy path]",
                fileId(file) + "/[case:inventory outage is rejected]");
        then(discovery.getEngineDescriptor().getChildren().iterator().next().getSource())
                .contains(FileSource.from(file.toFile()));
    }

    @Test
    void should_discover_only_the_case_starting_at_the_line_of_a_file_selector() {
        // GIVEN an IDE re-running the case at line 16
        Path file = path(ORDERS);
        // WHEN
        EngineDiscoveryResults discovery = engine()
                .selectors(selectFile(file.toFile(), org.junit.platform.engine.discovery.FilePosition.from(16)))
                .discover();
        // THEN
        then(testIds(discovery)).containsExactly(fileId(file) + "/[case:inventory outage is rejected]");
    }

    @Test
    void should_discover_the_files_of_a_directory_recursively_leaving_fixtures_out_by_default() {
        // GIVEN
        Path folder = path(ORDERS).getParent();
        // WHEN
        EngineDiscoveryResults discovery = engine().selectors(selectDirectory(folder.toFile())).discover();
        // THEN
        then(files(discovery)).containsExactly(
                folder.resolve("MockConfigFile.json").toString(),
                folder.resolve("nested/refunds.sfn-test.json").toString(),
                folder.resolve(ORDERS).toString());
        then(discovery.getDiscoveryIssues()).isEmpty();
    }

    @Test
    void should_discover_the_files_of_a_package() {
        // WHEN
        EngineDiscoveryResults discovery = engine().selectors(selectPackage(Fixtures.PACKAGE)).discover();
        // THEN
        then(files(discovery)).containsExactly(
                FOLDER + "MockConfigFile.json",
                FOLDER + "nested/refunds.sfn-test.json",
                FOLDER + ORDERS);
        then(testIds(discovery)).contains(classpathFileId("nested/refunds.sfn-test.json") + "/[case:refund reserved]");
    }

    /** What Surefire and Gradle select: test classes only. */
    @StepProofScenarios
    static class ScenariosOfThisPackage {
    }

    @StepProofScenarios(packages = "dev.stepproof.junit.engine.nested")
    static class ScenariosOfAnotherPackage {
    }

    @Test
    void should_discover_the_files_of_the_package_of_a_class_annotated_with_StepProofScenarios() {
        // WHEN
        EngineDiscoveryResults discovery = engine().selectors(selectClass(ScenariosOfThisPackage.class)).discover();
        // THEN one container for the class, with the class as its source (Surefire runs the class only then),
        // holding the same files as a package selector gives
        TestDescriptor suite = discovery.getEngineDescriptor().getChildren().iterator().next();
        then(discovery.getEngineDescriptor().getChildren()).hasSize(1);
        then(suite.getUniqueId().toString())
                .isEqualTo("[engine:stepproof]/[suite:" + ScenariosOfThisPackage.class.getName() + "]");
        then(suite.getSource()).contains(ClassSource.from(ScenariosOfThisPackage.class));
        then(suite.getChildren()).extracting(TestDescriptor::getLegacyReportingName).containsExactly(
                FOLDER + "MockConfigFile.json",
                FOLDER + "nested/refunds.sfn-test.json",
                FOLDER + ORDERS);
        then(testIds(discovery)).contains(suite.getUniqueId() + "/" + classpathFileId(ORDERS)
                .substring("[engine:stepproof]/".length()) + "/[case:happy path]");
        then(discovery.getDiscoveryIssues()).isEmpty();
    }

    @Test
    void should_discover_the_files_of_the_packages_StepProofScenarios_names_and_ignore_other_classes() {
        // WHEN
        EngineDiscoveryResults named = engine().selectors(selectClass(ScenariosOfAnotherPackage.class)).discover();
        EngineDiscoveryResults plain = engine().selectors(selectClass(EngineSelectorsTest.class)).discover();
        // THEN
        then(named.getEngineDescriptor().getChildren().iterator().next().getChildren())
                .extracting(TestDescriptor::getLegacyReportingName).containsExactly(FOLDER + "nested/refunds.sfn-test.json");
        then(plain.getEngineDescriptor().getChildren()).isEmpty();
        then(plain.getDiscoveryIssues()).isEmpty();
    }

    @Test
    void should_run_the_cases_of_a_StepProofScenarios_class() {
        // WHEN
        var results = engine().selectors(selectClass(ScenariosOfAnotherPackage.class)).execute();
        // THEN
        then(results.testEvents().succeeded().count()).isEqualTo(testIds(
                engine().selectors(selectClass(ScenariosOfAnotherPackage.class)).discover()).size()).isPositive();
        then(results.testEvents().failed().count()).isZero();
    }

    @Test
    void should_discover_the_files_of_a_classpath_root() {
        // WHEN
        EngineDiscoveryResults discovery = engine()
                .selectors(selectClasspathRoots(Set.of(Fixtures.testClassesRoot())).toArray(DiscoverySelector[]::new))
                .discover();
        // THEN other modules' engineers may add scenario files to this root; ours are there, fixtures are not
        then(files(discovery)).contains(FOLDER + "MockConfigFile.json", FOLDER + "nested/refunds.sfn-test.json", FOLDER + ORDERS)
                .noneMatch(name -> name.contains(".fixture."));
    }

    @Test
    void should_resolve_unique_ids_of_a_file_and_of_a_single_case() {
        // GIVEN
        String file = classpathFileId(ORDERS);
        String testCase = classpathFileId("nested/refunds.sfn-test.json") + "/[case:refund reserved]";
        // WHEN
        EngineDiscoveryResults discovery = engine().selectors(selectUniqueId(file), selectUniqueId(testCase)).discover();
        // THEN
        then(testIds(discovery)).containsExactly(
                testCase,
                file + "/[case:happy path]",
                file + "/[case:inventory outage is rejected]");
    }

    @Test
    void should_resolve_the_unique_id_of_one_case_without_its_siblings() {
        // GIVEN
        String testCase = classpathFileId(ORDERS) + "/[case:inventory outage is rejected]";
        // WHEN
        EngineDiscoveryResults discovery = engine().selectors(selectUniqueId(testCase)).discover();
        // THEN
        then(testIds(discovery)).containsExactly(testCase);
    }

    @Test
    void should_leave_files_the_globs_do_not_match_to_other_engines() {
        // GIVEN a definition and a deliberately failing fixture, neither matching the default globs
        // WHEN
        EngineDiscoveryResults discovery = engine()
                .selectors(selectFile(path("orders.asl.json").toFile()), selectClasspathResource(FOLDER + "orders-failing.fixture.yaml"))
                .discover();
        // THEN
        then(discovery.getEngineDescriptor().getChildren()).isEmpty();
        then(discovery.getDiscoveryIssues()).isEmpty();
    }
}
