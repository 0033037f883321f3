package dev.stepproof.junit.engine;

import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Resolves the engine's unique ids, {@code [engine:stepproof]/[file:<id>]/[case:<name>]}: a file id becomes a
 * classpath resource or file selector again, and a case id adds just that case to its file's container. The case
 * ids that selecting a whole file expands to come here too. Within a {@link SuiteDescriptor}, a file's cases are found
 * under the suite's file container; a suite or file id selects the suite's class again (all of that suite); a case
 * id under a suite selected on its own resolves to nothing (known limitation: re-run the suite class instead).
 */
final class UniqueIdResolver implements SelectorResolver {

    @Override
    public Resolution resolve(UniqueIdSelector selector, Context context) {
        List<UniqueId.Segment> segments = selector.getUniqueId().getSegments();
        boolean inSuite = segments.size() >= 2 && SuiteDescriptor.SEGMENT.equals(segments.get(1).getType());
        int fileIndex = inSuite ? 2 : 1;
        if (segments.size() <= fileIndex) {
            return inSuite ? suite(segments) : Resolution.unresolved();
        }
        if (!FileDescriptor.SEGMENT.equals(segments.get(fileIndex).getType())) {
            return Resolution.unresolved();
        }
        DiscoverySelector file = fileSelector(segments.get(fileIndex).getValue());
        if (segments.size() == fileIndex + 1) {
            // A suite's file is found again by the suite's scan: its container must be the suite's child.
            return inSuite ? suite(segments) : Resolution.selectors(Set.of(file));
        }
        if (segments.size() > fileIndex + 2 || !StepProofCase.SEGMENT.equals(segments.get(fileIndex + 1).getType())) {
            return Resolution.unresolved();
        }
        String segment = segments.get(fileIndex + 1).getValue();
        // Within a suite the file container is looked up by its id (resolved already when the suite expanded it).
        Supplier<DiscoverySelector> parent = inSuite
                ? () -> DiscoverySelectors.selectUniqueId(selector.getUniqueId().removeLastSegment())
                : () -> file;
        Optional<CaseDescriptor> testCase = context.addToParent(parent, p -> p instanceof FileDescriptor f
                ? f.caseDescriptor(segment) : Optional.empty());
        return testCase.map(descriptor -> Resolution.match(Match.exact(descriptor))).orElse(Resolution.unresolved());
    }

    /** Re-selects the whole suite class: its scan finds the files again, under the suite's container. */
    private static Resolution suite(List<UniqueId.Segment> segments) {
        return Resolution.selectors(Set.of(DiscoverySelectors.selectClass(segments.get(1).getValue())));
    }

    private static DiscoverySelector fileSelector(String id) {
        return id.startsWith(TestFile.CLASSPATH)
                ? DiscoverySelectors.selectClasspathResource(id.substring(TestFile.CLASSPATH.length()))
                : DiscoverySelectors.selectFile(id);
    }
}
