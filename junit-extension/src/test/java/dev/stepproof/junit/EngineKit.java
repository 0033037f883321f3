package dev.stepproof.junit;

import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Runs {@link EngineFixture} classes on the Jupiter engine and reads what happened. What the fixtures print
 * (the failure reports of their deliberately failing tests) is captured rather than left in the build's
 * output, so test classes using this kit hold the {@code SYSTEM_OUT} resource lock.
 */
final class EngineKit {

    /** What a fixture run produced and printed. */
    record Run(EngineExecutionResults results, String stdout) {
    }

    private EngineKit() {
    }

    static EngineExecutionResults run(Class<?> fixture) {
        return run(fixture, Map.of());
    }

    static EngineExecutionResults run(Class<?> fixture, Map<String, String> configuration) {
        return runPrinting(fixture, configuration).results();
    }

    static Run runPrinting(Class<?> fixture, Map<String, String> configuration) {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, UTF_8));
        try {
            EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                    .selectors(selectClass(fixture))
                    .configurationParameter(EngineFixture.ENABLED, "true")
                    .configurationParameters(configuration)
                    .execute();
            return new Run(results, printed.toString(UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    /** @return the StepProof report entries published for the test named {@code method}, in order */
    static List<String> reports(EngineExecutionResults results, String method) {
        return results.allEvents().reportingEntryPublished().stream()
                .filter(e -> e.getTestDescriptor().getDisplayName().startsWith(method + "("))
                .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs().get(StepProofExtension.REPORT_KEY))
                .filter(v -> v != null)
                .toList();
    }

    /** @return the exception the test named {@code method} failed with, if it failed */
    static Optional<Throwable> failure(EngineExecutionResults results, String method) {
        return results.testEvents().finished().stream()
                .filter(e -> e.getTestDescriptor().getDisplayName().startsWith(method + "("))
                .map(Event::getPayload).flatMap(Optional::stream)
                .map(p -> ((org.junit.platform.engine.TestExecutionResult) p).getThrowable())
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** @return how many tests finished successfully */
    static long succeeded(EngineExecutionResults results) {
        return results.testEvents().succeeded().count();
    }

}
