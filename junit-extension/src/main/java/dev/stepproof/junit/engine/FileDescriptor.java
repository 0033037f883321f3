package dev.stepproof.junit.engine;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.hierarchical.Node;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A container: one scenario file or one MockConfigFile. It knows the cases its file had at discovery and creates
 * their descriptors on demand, so that selecting one case by unique id adds only that case.
 */
final class FileDescriptor extends AbstractTestDescriptor implements Node<ExecutionContext> {

    /** The unique id segment type of a file: {@value}. */
    static final String SEGMENT = "file";

    private final String reportingName;
    private final List<StepProofCase> cases;

    FileDescriptor(UniqueId engineId, TestFile file, List<StepProofCase> cases) {
        super(engineId.append(SEGMENT, file.id()), file.path().getFileName().toString(), file.source());
        this.reportingName = file.reportingName();
        this.cases = List.copyOf(cases);
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    /** Reports and Surefire's class column need more than the file name: two folders may both hold a MockConfigFile.json. */
    @Override
    public String getLegacyReportingName() {
        return reportingName;
    }

    /** @return the descriptor of the case whose unique id segment is {@code segment}, if the file has one */
    Optional<CaseDescriptor> caseDescriptor(String segment) {
        return IntStream.range(0, cases.size())
                .filter(i -> cases.get(i).segment().equals(segment))
                .mapToObj(i -> new CaseDescriptor(getUniqueId(), cases.get(i), i))
                .findFirst();
    }

    /** @return the unique ids of all its cases, in file order */
    List<UniqueId> caseIds() {
        return cases.stream().map(c -> getUniqueId().append(StepProofCase.SEGMENT, c.segment())).toList();
    }

    /** @return the unique ids of the cases starting at {@code line}, for selectors with a file position */
    List<UniqueId> caseIdsAt(int line) {
        return cases.stream()
                .filter(c -> c.source() instanceof FileSource f
                        && f.getPosition().map(p -> p.getLine() == line).orElse(false))
                .map(c -> getUniqueId().append(StepProofCase.SEGMENT, c.segment()))
                .toList();
    }
}
