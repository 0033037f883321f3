package dev.stepproof.junit.engine;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import static dev.stepproof.junit.engine.Fixtures.FOLDER;
import static org.assertj.core.api.BDDAssertions.then;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

/** The engine as the platform finds it. */
class StepProofTestEngineTest {

    @Test
    void should_be_registered_for_the_service_loader_under_its_id() {
        // WHEN the kit looks the engine up by id, as launchers do
        EngineDiscoveryResults discovery = EngineTestKit.engine(Constants.ENGINE_ID)
                .selectors(selectClasspathResource(FOLDER + "orders.sfn-test.yaml"))
                .discover();
        // THEN
        then(discovery.getEngineDescriptor().getUniqueId().toString()).isEqualTo("[engine:stepproof]");
        then(discovery.getEngineDescriptor().getDisplayName()).isEqualTo("StepProof");
        then(discovery.getEngineDescriptor().getDescendants()).hasSize(3);
    }

    @Test
    void should_name_its_maven_coordinates() {
        // GIVEN
        StepProofTestEngine engine = new StepProofTestEngine();
        // WHEN / THEN
        then(engine.getId()).isEqualTo("stepproof");
        then(engine.getGroupId()).contains("dev.stepproof");
        then(engine.getArtifactId()).contains("stepproof-junit");
    }
}
