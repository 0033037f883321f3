package dev.stepproof.junit.engine;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

/** The root: carries the settings read at discovery to execution, so they are read and reported once. */
final class StepProofEngineDescriptor extends EngineDescriptor {

    private final EngineConfiguration configuration;

    StepProofEngineDescriptor(UniqueId uniqueId, EngineConfiguration configuration) {
        super(uniqueId, "StepProof");
        this.configuration = configuration;
    }

    EngineConfiguration configuration() {
        return configuration;
    }
}
