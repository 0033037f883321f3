package dev.stepproof.junit.engine;

import org.junit.platform.commons.PreconditionViolationException;
import org.junit.platform.commons.io.Resource;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClasspathResourceSelector;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.FilePosition;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.SelectorResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Resolves classpath resources, files and directories (recursively) to file containers. Classpath roots, packages
 * and modules reach it as classpath resources, through the platform's resource container resolver.
 */
final class TestFileResolver implements SelectorResolver {

    private final EngineConfiguration configuration;
    private final ScenarioFileReader scenarios;
    private final MockConfigFileReader mockConfigs;
    private final DiscoveryIssueReporter issues;

    TestFileResolver(EngineConfiguration configuration, ScenarioFileReader scenarios, MockConfigFileReader mockConfigs,
                     DiscoveryIssueReporter issues) {
        this.configuration = configuration;
        this.scenarios = scenarios;
        this.mockConfigs = mockConfigs;
        this.issues = issues;
    }

    /** Whether a resource name or absolute path is one of the engine's files (checked before anything is read). */
    boolean isTestFile(String globName) {
        return configuration.mockConfigs().matches(globName) || configuration.scenarios().matches(globName);
    }

    @Override
    public Resolution resolve(ClasspathResourceSelector selector, Context context) {
        String name = selector.getClasspathResourceName();
        if (!isTestFile(name)) {
            return Resolution.unresolved();
        }
        return resourcePath(selector)
                .map(path -> resolve(TestFile.onClasspath(name, path), selector.getPosition().map(FilePosition::getLine), context))
                .orElse(Resolution.unresolved());
    }

    @Override
    public Resolution resolve(FileSelector selector, Context context) {
        TestFile file = TestFile.onFileSystem(selector.getPath());
        if (!isTestFile(file.globName()) || !Files.isRegularFile(file.path())) {
            return Resolution.unresolved();
        }
        return resolve(file, selector.getPosition().map(FilePosition::getLine), context);
    }

    @Override
    public Resolution resolve(DirectorySelector selector, Context context) {
        Path directory = selector.getPath().toAbsolutePath().normalize();
        if (!Files.isDirectory(directory)) {
            return Resolution.unresolved();
        }
        Set<FileSelector> files = walk(directory).stream()
                .filter(path -> isTestFile(path.toString()))
                .map(path -> DiscoverySelectors.selectFile(path.toFile()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return files.isEmpty() ? Resolution.unresolved() : Resolution.selectors(files);
    }

    /** An unreadable directory fails the selector: the platform reports that as an ERROR naming the selector. */
    private static List<Path> walk(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(Files::isRegularFile).map(Path::normalize).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list directory " + directory, e);
        }
    }

    private Resolution resolve(TestFile file, Optional<Integer> line, Context context) {
        Optional<FileDescriptor> container = context.addToParent(parent -> read(file, parent.getUniqueId()));
        return container.map(descriptor -> Resolution.match(Match.exact(descriptor, () -> cases(descriptor, file, line))))
                .orElse(Resolution.unresolved());
    }

    /**
     * No container for a file without cases: only a MockConfigFile whose state machines all lack a definition has
     * none (scenario files need at least one case), and its warning already says why.
     */
    private Optional<FileDescriptor> read(TestFile file, UniqueId engineId) {
        Optional<List<StepProofCase>> cases = configuration.mockConfigs().matches(file.globName())
                ? mockConfigs.cases(file) : scenarios.cases(file);
        return cases.filter(list -> !list.isEmpty()).map(list -> new FileDescriptor(engineId, file, list));
    }

    /**
     * Selecting a file selects all its cases; selecting a line (an IDE re-running one case) selects the case starting
     * there, or, when none does, the whole file with a warning, as Cucumber does for feature files.
     */
    private Set<DiscoverySelector> cases(FileDescriptor descriptor, TestFile file, Optional<Integer> line) {
        List<UniqueId> ids = line.map(descriptor::caseIdsAt).orElseGet(descriptor::caseIds);
        if (line.isPresent() && ids.isEmpty()) {
            issues.reportIssue(DiscoveryIssue.builder(Severity.WARNING, "File " + file.path() + " has no case at line "
                    + line.get() + "; selecting the whole file instead.").source(file.source()).build());
            ids = descriptor.caseIds();
        }
        return ids.stream().map(DiscoverySelectors::selectUniqueId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * The file behind a classpath resource. Scenario files name their definition by relative path, so they must be
     * real files: a resource inside a JAR is reported and skipped.
     */
    private Optional<Path> resourcePath(ClasspathResourceSelector selector) {
        String name = selector.getClasspathResourceName();
        Set<Resource> resources;
        try {
            resources = selector.getResources();
        } catch (PreconditionViolationException e) {
            issues.reportIssue(DiscoveryIssue.builder(Severity.WARNING, "Classpath resource [" + name
                    + "] was selected but is not on the classpath.").source(ClasspathResourceSource.from(name)).build());
            return Optional.empty();
        }
        // Several roots may hold the same name; the first is the one the class loader serves, so it is the one used.
        Resource resource = resources.iterator().next();
        if (!"file".equals(resource.getUri().getScheme())) {
            issues.reportIssue(DiscoveryIssue.builder(Severity.WARNING, "Classpath resource [" + name + "] is not a file ("
                    + resource.getUri() + "); StepProof runs scenario files and MockConfigFiles from directories only, so it was skipped.")
                    .source(ClasspathResourceSource.from(name)).build());
            return Optional.empty();
        }
        return Optional.of(Path.of(resource.getUri()));
    }
}
