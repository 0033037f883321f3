package dev.stepproof.junit.engine;

import dev.stepproof.toolkit.ScenarioRunner;
import org.junit.platform.commons.io.ResourceFilter;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;

import java.util.Comparator;

/**
 * Discovery: classpath roots, packages and modules are scanned for resources the include globs match and become
 * classpath resource selectors; those, files and directories become file containers ({@link TestFileResolver});
 * unique ids are resolved back ({@link UniqueIdResolver}); classes annotated with
 * {@link dev.stepproof.junit.StepProofScenarios} become suite containers over the files of their packages
 * ({@link ScenarioSuiteResolver}). The resolver is built per request because the globs
 * come from the request's configuration parameters.
 */
final class DiscoverySelectorResolver {

    private DiscoverySelectorResolver() {
    }

    static void resolve(EngineDiscoveryRequest request, StepProofEngineDescriptor engine, DiscoveryIssueReporter issues) {
        TestFileResolver files = new TestFileResolver(engine.configuration(),
                new ScenarioFileReader(ScenarioRunner.standard(), issues), new MockConfigFileReader(issues), issues);
        EngineDiscoveryRequestResolver.<StepProofEngineDescriptor>builder()
                .addResourceContainerSelectorResolver(ResourceFilter.of(resource -> files.isTestFile(resource.getName())))
                .addSelectorResolver(files)
                .addSelectorResolver(new UniqueIdResolver())
                .addSelectorResolver(new ScenarioSuiteResolver(files::isTestFile))
                .addTestDescriptorVisitor(context -> DiscoverySelectorResolver::order)
                .build()
                .resolve(request, engine, issues);
    }

    /** Selection order depends on scanning and on the selectors; reports should not. Files by id, cases in file order. */
    private static void order(TestDescriptor descriptor) {
        if (descriptor instanceof StepProofEngineDescriptor || descriptor instanceof SuiteDescriptor) {
            descriptor.orderChildren(children -> children.stream()
                    .sorted(Comparator.comparing(child -> child.getUniqueId().toString())).toList());
        } else if (descriptor instanceof FileDescriptor) {
            descriptor.orderChildren(children -> children.stream()
                    .sorted(Comparator.comparingInt(child -> ((CaseDescriptor) child).index())).toList());
        }
    }
}
