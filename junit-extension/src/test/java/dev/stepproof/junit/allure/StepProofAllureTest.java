package dev.stepproof.junit.allure;

import com.fasterxml.jackson.databind.JsonNode;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.TestResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.BDDAssertions.then;

/**
 * Executions written through Allure's own lifecycle into a temporary results directory, then read back from
 * the {@code *-result.json} files.
 */
class StepProofAllureTest {

    @TempDir
    Path results;

    private AllureLifecycle previous;
    private final Shop shop = new Shop();

    @BeforeEach
    void use_a_lifecycle_writing_to_the_temporary_directory() {
        previous = Allure.getLifecycle();
        Allure.setLifecycle(new AllureLifecycle(new FileSystemResultsWriter(results)));
    }

    @AfterEach
    void restore_the_lifecycle() {
        Allure.setLifecycle(previous);
    }

    /** Runs {@code body} as one Allure test case and returns what was written for it. */
    private JsonNode inTestCase(Runnable body) throws Exception {
        AllureLifecycle lifecycle = Allure.getLifecycle();
        String uuid = UUID.randomUUID().toString();
        lifecycle.scheduleTestCase(new TestResult().setUuid(uuid).setName("a test"));
        lifecycle.startTestCase(uuid);
        body.run();
        lifecycle.stopTestCase(uuid);
        lifecycle.writeTestCase(uuid);
        List<JsonNode> written = AllureResults.read(results);
        then(written).hasSize(1);
        return written.get(0);
    }

    @Test
    void should_write_a_step_per_state_with_input_and_output_attachments() throws Exception {
        // GIVEN
        var execution = shop.paidAfterRetry();
        // WHEN
        JsonNode test = inTestCase(() -> then(StepProofAllure.report("shop", shop.machine, execution)).isTrue());
        // THEN
        then(AllureResults.outline(test)).containsExactly(
                "Execution of 'shop': SUCCEEDED [passed]",
                "  Charge (Task) — retried ×1 [passed]",
                "  Ship (Parallel) [passed]",
                "    Label (Pass) [passed]",
                "    Notify (Pass) [passed]",
                "  PackAll (Map) [passed]",
                "    Pack (Pass) [passed]",
                "    Pack (Pass) [passed]");
        JsonNode executionStep = test.path("steps").get(0);
        then(AllureResults.attachments(results, executionStep)).containsExactly(
                "State machine path (image/svg+xml)", "Input (application/json)", "Output (application/json)",
                "Execution history (application/json)");
        JsonNode charge = executionStep.path("steps").get(0);
        then(AllureResults.attachments(results, charge)).containsExactly("Input (application/json)", "Output (application/json)");
        then(charge.path("statusDetails").path("message").asText()).isEqualTo("Retried after Lambda.TooManyRequestsException");
        String output = Files.readString(results.resolve(charge.path("attachments").get(1).path("source").asText()));
        then(output).contains("\"paid\" : true");
    }

    @Test
    void should_attach_the_path_taken_as_svg() throws Exception {
        // GIVEN
        var execution = shop.declined();
        // WHEN
        JsonNode test = inTestCase(() -> StepProofAllure.report("shop", shop.machine, execution));
        // THEN
        JsonNode executionStep = test.path("steps").get(0);
        then(AllureResults.outline(test)).containsExactly(
                "Execution of 'shop': FAILED Order.Declined [failed]",
                "  Charge (Task) — caught Payment.Declined → Refund [broken]",
                "  Refund (Pass) [passed]",
                "  Declined (Fail) — failed: Order.Declined [failed]");
        String svg = Files.readString(results.resolve(executionStep.path("attachments").get(0).path("source").asText()),
                StandardCharsets.UTF_8);
        then(svg).startsWith("<svg ").contains(
                "class=\"state hit\" data-state=\"Refund\"", "class=\"state miss\" data-state=\"Ship\"",
                "class=\"edge hit\" data-edge=\"Charge-&gt;Refund\"");
    }

    @Test
    void should_write_nothing_outside_a_test_case() throws Exception {
        // WHEN
        boolean written = StepProofAllure.report("shop", shop.machine, shop.declined());
        // THEN
        then(written).isFalse();
        try (var files = Files.list(results)) {
            then(files).isEmpty();
        }
    }
}
