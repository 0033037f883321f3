package dev.stepproof.junit.engine;

import dev.stepproof.junit.StepProofScenarios;
import org.junit.platform.commons.io.ResourceFilter;
import org.junit.platform.commons.support.ResourceSupport;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.discovery.SelectorResolver;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Resolves a class annotated with {@link StepProofScenarios} to a {@link SuiteDescriptor} whose children are the
 * engine's files in the class's package (or the packages it names), found by scanning the classpath: how the engine's tests are
 * found when Surefire or Gradle select classes only. Every other class is left to the other engines.
 */
final class ScenarioSuiteResolver implements SelectorResolver {

    private final Predicate<String> isTestFile;

    /** @param isTestFile whether a classpath resource name matches the engine's include globs */
    ScenarioSuiteResolver(Predicate<String> isTestFile) {
        this.isTestFile = isTestFile;
    }

    @Override
    public Resolution resolve(ClassSelector selector, Context context) {
        Class<?> suiteClass;
        StepProofScenarios suite;
        try {
            suiteClass = selector.getJavaClass();
            suite = suiteClass.getAnnotation(StepProofScenarios.class);
        } catch (RuntimeException | LinkageError e) {
            return Resolution.unresolved(); // a class that cannot be loaded is another engine's to report
        }
        if (suite == null) {
            return Resolution.unresolved();
        }
        String[] packages = suite.packages().length == 0 ? new String[] {suiteClass.getPackageName()} : suite.packages();
        // Scanned here rather than left to package selectors: selectors a resolver returns lose the parent, and the
        // files must be children of the suite container.
        Set<DiscoverySelector> children = Arrays.stream(packages).map(String::strip)
                .flatMap(p -> ResourceSupport.findAllResourcesInPackage(p, ResourceFilter.of(r -> isTestFile.test(r.getName())))
                        .stream())
                .map(r -> DiscoverySelectors.selectClasspathResource(r.getName()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Optional<SuiteDescriptor> container = context.addToParent(parent ->
                Optional.of(new SuiteDescriptor(parent.getUniqueId(), suiteClass)));
        return container.map(d -> Resolution.match(Match.exact(d, () -> children))).orElse(Resolution.unresolved());
    }
}
