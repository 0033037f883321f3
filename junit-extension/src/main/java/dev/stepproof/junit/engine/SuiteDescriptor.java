package dev.stepproof.junit.engine;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * The container of the files found through a {@link dev.stepproof.junit.StepProofScenarios} class,
 * {@code [engine:stepproof]/[suite:<class name>]}. Its class source is what Maven Surefire needs: it runs a selected
 * class only when some test or container of the plan names that class as its source.
 */
final class SuiteDescriptor extends AbstractTestDescriptor implements Node<ExecutionContext> {

    /** The unique id segment type: {@value}. */
    static final String SEGMENT = "suite";

    SuiteDescriptor(UniqueId parentId, Class<?> suiteClass) {
        super(parentId.append(SEGMENT, suiteClass.getName()), suiteClass.getSimpleName(), ClassSource.from(suiteClass));
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    @Override
    public String getLegacyReportingName() {
        return getUniqueId().getLastSegment().getValue();
    }
}
