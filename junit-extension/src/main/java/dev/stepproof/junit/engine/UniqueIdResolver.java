package dev.stepproof.junit.engine;

import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the engine's unique ids, {@code [engine:stepproof]/[file:<id>]/[case:<name>]}: a file id becomes a
 * classpath resource or file selector again, and a case id adds just that case to its file's container. The case
 * ids that selecting a whole file expands to come here too.
 */
final class UniqueIdResolver implements SelectorResolver {

    @Override
    public Resolution resolve(UniqueIdSelector selector, Context context) {
        List<UniqueId.Segment> segments = selector.getUniqueId().getSegments();
        if (segments.size() < 2 || !FileDescriptor.SEGMENT.equals(segments.get(1).getType())) {
            return Resolution.unresolved();
        }
        DiscoverySelector file = fileSelector(segments.get(1).getValue());
        if (segments.size() == 2) {
            return Resolution.selectors(Set.of(file));
        }
        if (segments.size() > 3 || !StepProofCase.SEGMENT.equals(segments.get(2).getType())) {
            return Resolution.unresolved();
        }
        String segment = segments.get(2).getValue();
        Optional<CaseDescriptor> testCase = context.addToParent(() -> file, parent -> parent instanceof FileDescriptor f
                ? f.caseDescriptor(segment) : Optional.empty());
        return testCase.map(descriptor -> Resolution.match(Match.exact(descriptor))).orElse(Resolution.unresolved());
    }

    private static DiscoverySelector fileSelector(String id) {
        return id.startsWith(TestFile.CLASSPATH)
                ? DiscoverySelectors.selectClasspathResource(id.substring(TestFile.CLASSPATH.length()))
                : DiscoverySelectors.selectFile(id);
    }
}
