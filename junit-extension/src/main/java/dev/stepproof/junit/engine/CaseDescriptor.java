package dev.stepproof.junit.engine;

import dev.stepproof.toolkit.Execution;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;
import org.opentest4j.AssertionFailedError;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A test: one case of a scenario file or one test case of a MockConfigFile. */
final class CaseDescriptor extends AbstractTestDescriptor implements Node<ExecutionContext> {

    private final StepProofCase testCase;
    /** The case's place in its file, so that the tree lists cases in file order whatever order they were selected in. */
    private final int index;

    CaseDescriptor(UniqueId fileId, StepProofCase testCase, int index) {
        super(fileId.append(StepProofCase.SEGMENT, testCase.segment()), testCase.segment(), testCase.source());
        this.testCase = testCase;
        this.index = index;
    }

    int index() {
        return index;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public SkipResult shouldBeSkipped(ExecutionContext context) {
        return context.configuration().nameFilter()
                .filter(filter -> !filter.matches(testCase.name()))
                .map(filter -> SkipResult.skip("'" + Constants.FILTER_NAME + "=" + filter.value() + "' did not match this case"))
                .orElse(SkipResult.doNotSkip());
    }

    @Override
    public ExecutionContext execute(ExecutionContext context, DynamicTestExecutor dynamicTestExecutor) {
        CaseOutcome outcome = testCase.run(context);
        context.listener().reportingEntryPublished(this, ReportEntry.from(entry(outcome)));
        Optional<String> failure = outcome.failure();
        if (failure.isPresent()) {
            throw new AssertionFailedError(failure.get());
        }
        return context;
    }

    /** What the case did, for reports and IDE consoles: status, the states entered, the error and the warnings. */
    private static Map<String, String> entry(CaseOutcome outcome) {
        Map<String, String> entry = new LinkedHashMap<>();
        Execution execution = outcome.execution();
        entry.put("status", execution == null ? "NOT_RUN" : execution.status().name());
        if (execution != null) {
            entry.put("path", execution.history().statesEntered().toString());
            if (execution.error() != null) {
                entry.put("error", execution.error() + (execution.cause() == null ? "" : ": " + execution.cause()));
            }
        }
        if (!outcome.warnings().isEmpty()) {
            entry.put("warnings", outcome.warnings().stream().map(d -> d.format()).collect(Collectors.joining("\n")));
        }
        return entry;
    }
}
