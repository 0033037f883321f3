package dev.stepproof.junit.engine;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;

import static dev.stepproof.junit.engine.Fixtures.FOLDER;
import static dev.stepproof.junit.engine.Fixtures.engine;
import static dev.stepproof.junit.engine.Fixtures.files;
import static org.assertj.core.api.BDDAssertions.then;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

/** {@link Constants#SCENARIOS_INCLUDE} and {@link Constants#MOCK_CONFIG_INCLUDE} decide which files are the engine's. */
class EngineIncludeTest {

    @Test
    void should_scan_for_the_files_the_scenarios_include_glob_matches_instead_of_the_default() {
        // WHEN
        EngineDiscoveryResults discovery = engine().selectors(selectPackage(Fixtures.PACKAGE))
                .configurationParameter(Constants.SCENARIOS_INCLUDE, FOLDER + "orders-*.fixture.yaml")
                .discover();
        // THEN
        then(files(discovery)).containsExactly(FOLDER + "MockConfigFile.json", FOLDER + "orders-failing.fixture.yaml");
        then(discovery.getDiscoveryIssues()).isEmpty();
    }

    @Test
    void should_scan_for_the_mock_config_files_the_mock_config_include_glob_matches() {
        // WHEN
        EngineDiscoveryResults discovery = engine().selectors(selectPackage(Fixtures.PACKAGE))
                .configurationParameter(Constants.SCENARIOS_INCLUDE, "none")
                .configurationParameter(Constants.MOCK_CONFIG_INCLUDE, "**/mockconfig/*.fixture.json")
                .discover();
        // THEN
        then(files(discovery)).containsExactly(FOLDER + "mockconfig/MockConfigFile.fixture.json");
    }

    @Test
    void should_match_a_top_level_name_against_a_glob_starting_with_any_folder() {
        // GIVEN
        IncludeGlob glob = new IncludeGlob(Constants.SCENARIOS_INCLUDE_DEFAULT);
        // WHEN / THEN
        then(glob.matches("orders.sfn-test.yaml")).isTrue();
        then(glob.matches("com/acme/orders.sfn-test.yml")).isTrue();
        then(glob.matches("/home/me/project/orders.sfn-test.json")).isTrue();
        then(glob.matches("com/acme/orders.asl.json")).isFalse();
        then(glob.matches("com/acme/orders.sfn-test.yaml.bak")).isFalse();
    }
}
