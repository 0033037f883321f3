package dev.stepproof.junit.allure;

import com.fasterxml.jackson.databind.JsonNode;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.BDDAssertions.then;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

/**
 * The way users get it: allure-junit5's own launcher listener records a test that runs an execution, and the
 * execution's steps appear inside that test's result.
 */
class AllureJunitPlatformTest {

    private static final String FIXTURE_SWITCH = "stepproof.test.fixtures";

    @TempDir
    Path results;

    @Test
    void should_nest_the_execution_steps_in_the_result_allure_junit5_writes_for_the_test() throws Exception {
        // GIVEN allure-junit-platform's listener, created by the launcher, writing to a temporary directory
        AllureLifecycle previous = Allure.getLifecycle();
        Allure.setLifecycle(new AllureLifecycle(new FileSystemResultsWriter(results)));
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        try {
            // WHEN
            LauncherFactory.create().execute(request().selectors(selectClass(ShopTests.class))
                    .configurationParameter(FIXTURE_SWITCH, "true").build(), summary);
        } finally {
            Allure.setLifecycle(previous);
        }
        // THEN
        then(summary.getSummary().getTestsSucceededCount()).isEqualTo(1);
        List<JsonNode> written = AllureResults.read(results);
        then(written).hasSize(1);
        then(written.get(0).path("name").asText()).isEqualTo("declined_order()");
        then(written.get(0).path("status").asText()).isEqualTo("passed");
        then(AllureResults.outline(written.get(0))).containsExactly(
                "Execution of 'shop': FAILED Order.Declined [failed]",
                "  Charge (Task) — caught Payment.Declined → Refund [broken]",
                "  Refund (Pass) [passed]",
                "  Declined (Fail) — failed: Order.Declined [failed]");
        then(AllureResults.attachments(results, written.get(0).path("steps").get(0))).first()
                .isEqualTo("State machine path (image/svg+xml)");
    }

    /** Run only by the launcher above. */
    @EnabledIf("launchedByTheTestAbove")
    static class ShopTests {

        static boolean launchedByTheTestAbove(ExtensionContext context) {
            return context.getConfigurationParameter(FIXTURE_SWITCH, Boolean::parseBoolean).orElse(false);
        }

        @Test
        void declined_order() {
            Shop shop = new Shop();
            then(StepProofAllure.report("shop", shop.machine, shop.declined())).isTrue();
        }
    }
}
