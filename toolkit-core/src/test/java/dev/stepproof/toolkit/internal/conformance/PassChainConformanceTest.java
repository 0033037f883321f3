package dev.stepproof.toolkit.internal.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.BDDAssertions.then;

/**
 * Replays the AWS-recorded executions that only chain JSONPath Pass states (InputPath, Parameters, Result,
 * ResultPath, OutputPath, intrinsic functions) with the data-flow layer, and compares output, or error and cause,
 * with what AWS recorded.
 */
class PassChainConformanceTest {

    private static final Set<String> PASS_CHAIN_FEATURES = Set.of("State:Pass", "Field:Parameters", "Field:Result",
            "Field:ResultPath", "Field:InputPath", "Field:OutputPath", "QueryLanguage:JSONPath", "QueryLanguage:top-level");

    @Test
    void should_reproduce_the_recorded_pass_chains_without_the_context_object() {
        // GIVEN
        List<JsonNode> cases = cases(feature -> false);
        then(cases).hasSizeGreaterThanOrEqualTo(90);
        // WHEN
        List<String> failures = replay(cases);
        // THEN
        report("Pass-chain conformance (no context object)", cases.size(), failures);
        then(failures).isEmpty();
    }

    @Test
    void should_reproduce_the_recorded_pass_chains_reading_the_context_object() {
        // GIVEN the same kind of chain reading $$, against a made-up context object of AWS's shape
        List<JsonNode> cases = cases(feature -> feature.equals("ContextObject")).stream()
                .filter(c -> hasFeature(c, "ContextObject")).collect(Collectors.toList());
        then(cases).isNotEmpty();
        // WHEN
        List<String> failures = replay(cases);
        // THEN
        report("Pass-chain conformance (with context object)", cases.size(), failures);
        then(failures).isEmpty();
    }

    private static List<JsonNode> cases(Predicate<String> alsoAllowed) {
        return Corpus.cases("interpreter").stream()
                .filter(c -> features(c).stream().allMatch(f -> PASS_CHAIN_FEATURES.contains(f)
                        || f.startsWith("Intrinsic:") || alsoAllowed.test(f)))
                .filter(c -> Set.of("SUCCEEDED", "FAILED").contains(c.path("expected").path("status").asText()))
                .collect(Collectors.toList());
    }

    private static List<String> replay(List<JsonNode> cases) {
        List<String> failures = new ArrayList<>();
        for (JsonNode c : cases) {
            boolean express = c.path("stateMachineType").asText().equals("EXPRESS");
            PassChainRunner.Outcome outcome = PassChainRunner.run(c.path("definition"), c.path("input"), express);
            List<String> problems = RecordedComparison.differences(c.path("expected"), outcome);
            if (!problems.isEmpty()) {
                failures.add(c.path("name").asText() + ": " + String.join("; ", problems));
            }
        }
        return failures;
    }

    private static void report(String title, int total, List<String> failures) {
        System.out.println(title + ": " + (total - failures.size()) + " of " + total + " cases reproduced");
        failures.forEach(f -> System.out.println("  " + f));
    }

    private static List<String> features(JsonNode c) {
        List<String> features = new ArrayList<>();
        c.path("features").forEach(f -> features.add(f.asText()));
        return features;
    }

    private static boolean hasFeature(JsonNode c, String feature) {
        return features(c).contains(feature);
    }
}
