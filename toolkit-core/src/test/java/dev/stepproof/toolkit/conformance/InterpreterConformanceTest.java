package dev.stepproof.toolkit.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionLimits;
import dev.stepproof.toolkit.ExecutionOptions;
import dev.stepproof.toolkit.Interpreter;
import dev.stepproof.toolkit.S3Objects;
import dev.stepproof.toolkit.WorkflowType;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs every interpreter case of the corpus (executions recorded on AWS) with the case's mocks and compares
 * status, output, error, cause and state sequence as the corpus README prescribes. Unlisted failures fail the
 * build; listed gaps that now pass are reported so they can be removed.
 */
class InterpreterConformanceTest {

    static final String GAPS = "/conformance/interpreter-known-gaps.txt";
    static final Path SUMMARY = Path.of("target", "conformance", "interpreter-summary.json");

    @Test
    void interpreter_agrees_with_the_recorded_executions() {
        // GIVEN
        Path dir = Corpus.dir();
        assumeTrue(Files.isDirectory(dir.resolve("interpreter")), () -> Corpus.missingMessage(dir));
        Map<String, String> gaps = Corpus.knownGaps(GAPS);

        // WHEN
        List<Corpus.Result> results = new ArrayList<>();
        for (JsonNode c : Corpus.cases(dir, "interpreter")) {
            results.add(run(c));
        }
        Corpus.writeSummary(SUMMARY, "Interpreter", results, true);

        // THEN
        List<String> unexpected = results.stream().filter(r -> !r.passed() && !gaps.containsKey(r.name()))
                .map(r -> r.name() + ": " + r.reason()).toList();
        List<String> fixed = results.stream().filter(r -> r.passed() && gaps.containsKey(r.name()))
                .map(Corpus.Result::name).toList();
        if (!fixed.isEmpty()) {
            System.out.println("Known interpreter gaps that now pass (remove them from " + GAPS + "):\n  "
                    + String.join("\n  ", fixed));
        }
        assertThat(unexpected).as("interpreter cases that disagree with AWS and are not listed in " + GAPS).isEmpty();
    }

    static Corpus.Result run(JsonNode c) {
        String name = c.path("name").asText();
        List<String> features = new ArrayList<>();
        c.path("features").forEach(f -> features.add(f.asText()));
        try {
            return new Corpus.Result(name, false, compare(c).orElse(null), features).passedIfNoReason();
        } catch (RuntimeException e) {
            return new Corpus.Result(name, false, "StepProof threw " + e, features);
        }
    }

    /** The case's {@code mocks.s3Objects}: what its Map ItemReaders read (corpus README §1.2). */
    static S3Objects s3Objects(JsonNode c) {
        S3Objects.Builder objects = S3Objects.builder();
        for (JsonNode o : c.path("mocks").path("s3Objects")) {
            objects.put(o.path("bucket").asText(), o.path("key").asText(), o.path("body").asText());
        }
        return objects.build();
    }

    private static Optional<String> compare(JsonNode c) {
        WorkflowType type = "EXPRESS".equals(c.path("stateMachineType").asText()) ? WorkflowType.EXPRESS : WorkflowType.STANDARD;
        DefinitionReader.ReadResult read = DefinitionReader.standard().withWorkflowType(type)
                .read(c.path("definition").toString(), c.path("name").asText());
        if (!read.isValid()) {
            return Optional.of("definition rejected: " + read.errors().stream().map(Diagnostic::format)
                    .collect(Collectors.joining(" | ")));
        }
        CorpusTaskInvoker invoker = CorpusTaskInvoker.forCase(c);
        Execution execution = Interpreter.of(read.machine()).execute(ExecutionOptions.defaults()
                .withInput(c.path("input"))
                .withType(type)
                .withName("conformance")
                .withLimits(ExecutionLimits.aws().withMaxTransitions(100_000))
                .withTaskInvoker(invoker)
                .withS3Objects(s3Objects(c)));
        List<String> entered = execution.history().statesEntered();
        Set<String> topLevel = new HashSet<>();
        c.path("definition").path("States").fieldNames().forEachRemaining(topLevel::add);
        Optional<String> mismatch = ExpectedComparison.firstMismatch(c.path("expected"), execution.status().name(),
                execution.output(), execution.error(), execution.cause(), entered,
                entered.stream().filter(topLevel::contains).toList());
        if (mismatch.isEmpty() && !invoker.problems().isEmpty()) {
            return Optional.of(String.join("; ", invoker.problems()));
        }
        return mismatch;
    }
}
