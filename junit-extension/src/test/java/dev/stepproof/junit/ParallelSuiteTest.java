package dev.stepproof.junit;

import dev.stepproof.junit.coverage.CoverageRecorder;
import dev.stepproof.junit.engine.Constants;
import dev.stepproof.toolkit.Execution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import static dev.stepproof.junit.Fixtures.answering;
import static dev.stepproof.junit.Fixtures.failingWith;
import static dev.stepproof.junit.Fixtures.throttledThenAnswering;
import static dev.stepproof.junit.StepProofAssertions.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.BDDAssertions.then;

/**
 * A suite of Jupiter classes using the extension (recording workflow coverage) and scenario files on the
 * {@code stepproof} engine, run through the JUnit Platform Launcher as a build tool runs them: serially, then with
 * Jupiter's parallel execution on (methods and classes concurrent) and the engine's cases in parallel. Both runs
 * must give every test the same status and write the same merged {@code coverage.json} (the extension's and the
 * engine's), byte for byte; and neither
 * may leave a thread running once the launcher returns.
 */
@ResourceLock(Resources.SYSTEM_OUT) // the fixtures' deliberate failures print reports; they are captured
class ParallelSuiteTest {

    private static final int SCENARIO_FILES = 4;
    private static final int CASES_PER_FILE = 12;

    private static final Map<String, String> PARALLEL = Map.of(
            "junit.jupiter.execution.parallel.enabled", "true",
            "junit.jupiter.execution.parallel.mode.default", "concurrent",
            "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
            "junit.jupiter.execution.parallel.config.strategy", "fixed",
            "junit.jupiter.execution.parallel.config.fixed.parallelism", "4",
            Constants.PARALLEL_ENABLED, "true",
            Constants.PARALLEL_CONFIG_PREFIX + "strategy", "fixed",
            Constants.PARALLEL_CONFIG_PREFIX + "fixed.parallelism", "4");

    @EngineFixture
    @StepFunctionsTest(definition = "dev/stepproof/junit/payment.asl.json")
    static class PaymentSuite {

        @ParameterizedTest
        @ValueSource(ints = {0, 1, 2, 3, 4, 5, 0, 1, 2, 3})
        void should_charge_unless_throttled_past_the_retries(int throttled, StepFunctionsHarness sfn) {
            Execution execution = sfn.withTasks(throttledThenAnswering(throttled, "{\"charged\": true}"))
                    .run("{\"amount\": " + throttled + "}");
            if (throttled <= 3) {
                assertThat(execution).succeeded().retried("Charge", throttled);
            } else {
                assertThat(execution).failedWith("Throttled");
            }
        }

        @Test
        void should_refund_a_refused_card(StepFunctionsHarness sfn) {
            assertThat(sfn.withTasks(failingWith("Payment.Refused", "no")).run()).failedWith("Payment.Refused")
                    .followedPath("Validate", "Charge", "Refund");
        }

        @Test
        void fails_on_purpose(StepFunctionsHarness sfn) {
            assertThat(sfn.withTasks(answering("{}")).run()).failedWith("Payment.Refused");
        }
    }

    @EngineFixture
    @StepFunctionsTest(definition = "dev/stepproof/junit/coverage/greeting.asl.json")
    static class GreetingSuite {

        @ParameterizedTest
        @ValueSource(strings = {"fr", "en", "de", "fr", "it", "es"})
        void should_greet_in_french_only_for_fr(String lang, StepFunctionsHarness sfn) {
            Execution execution = sfn.run("{\"lang\": \"" + lang + "\"}");
            assertThat(execution).succeeded().hasOutput(lang.equals("fr") ? "\"Bonjour\"" : "\"Hello\"");
        }

        @Test
        void fails_on_purpose(StepFunctionsHarness sfn) {
            assertThat(sfn.run("{\"lang\": \"fr\"}")).hasOutput("\"Hello\"");
        }
    }

    @EngineFixture
    @StepFunctionsTest(definition = "dev/stepproof/junit/engine/orders.asl.json")
    static class OrdersSuite {

        @ParameterizedTest
        @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
        void should_reserve_then_charge(int qty, StepFunctionsHarness sfn) {
            assertThat(sfn.withTasks(answering("{\"Payload\": {\"reservationId\": \"R-" + qty + "\"}}"))
                    .run("{\"orderId\": \"O-" + qty + "\", \"qty\": " + qty + "}"))
                    .succeeded().followedPath("Reserve", "Charge");
        }

        @Test
        void should_reject_when_the_inventory_is_down(StepFunctionsHarness sfn) {
            assertThat(sfn.withTasks(failingWith("Lambda.ServiceException", "down"))
                    .run("{\"orderId\": \"O-9\", \"qty\": 1}")).failedWith("Order.Rejected", "down");
        }
    }

    /** One launcher run: every test's status by unique id, the threads tests ran on, the coverage file's bytes. */
    private record SuiteRun(SortedMap<String, String> statuses, Set<String> testThreads, String coverage,
                            List<String> threadsLeft) {
    }

    @Test
    void should_give_the_same_results_and_coverage_in_parallel_as_serially(@TempDir Path temp) throws Exception {
        // GIVEN scenario files with passing and failing cases, and the Jupiter suite classes
        Path scenarios = scenarioFiles(temp.resolve("scenarios"));
        // WHEN the suite runs serially, then in parallel, each run writing coverage to its own directory
        SuiteRun serial = run(scenarios, temp.resolve("serial"), Map.of());
        SuiteRun parallel = run(scenarios, temp.resolve("parallel"), PARALLEL);
        // THEN the runs covered the whole suite, with passes and failures, and the parallel one used several threads
        then(serial.statuses()).hasSize(10 + 2 + 6 + 1 + 8 + 1 + SCENARIO_FILES * CASES_PER_FILE);
        then(serial.statuses().values()).contains("SUCCESSFUL", "FAILED");
        then(serial.testThreads()).hasSize(1);
        then(parallel.testThreads()).as("threads the parallel run's tests ran on").hasSizeGreaterThan(1);
        // AND every test ended the same way, and the merged coverage is byte-identical
        then(parallel.statuses()).isEqualTo(serial.statuses());
        then(serial.coverage()).contains("\"payment@", "\"greeting@", "\"orders@", "\"scenario-orders@");
        then(parallel.coverage()).isEqualTo(serial.coverage());
        // AND neither run left a thread behind
        then(serial.threadsLeft()).as("threads still alive after the serial run").isEmpty();
        then(parallel.threadsLeft()).as("threads still alive after the parallel run").isEmpty();
    }

    /**
     * Files of {@value #CASES_PER_FILE} cases over a copy of orders.asl.json named scenario-orders (so its coverage
     * is told apart from OrdersSuite's); every sixth case expects the wrong status.
     */
    private static Path scenarioFiles(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (InputStream definition = ParallelSuiteTest.class.getResourceAsStream("engine/orders.asl.json")) {
            Files.copy(definition, dir.resolve("scenario-orders.asl.json"));
        }
        for (int f = 0; f < SCENARIO_FILES; f++) {
            StringBuilder yaml = new StringBuilder("definition: scenario-orders.asl.json\ncases:\n");
            for (int c = 0; c < CASES_PER_FILE; c++) {
                boolean outage = c % 3 == 2;
                boolean wrong = c % 6 == 5;
                yaml.append("  - name: case ").append(c).append('\n')
                        .append("    input: {orderId: O-").append(f).append('-').append(c).append(", qty: ").append(c + 1)
                        .append("}\n    mocks:\n");
                if (outage) {
                    yaml.append("      Reserve:\n        throw: {error: Lambda.ServiceException, cause: inventory down}\n");
                } else {
                    yaml.append("      Reserve:\n        payload: {reservationId: R-").append(c).append("}\n")
                            .append("      Charge:\n        payload: {}\n");
                }
                yaml.append("    expect:\n      status: ").append(outage != wrong ? "FAILED" : "SUCCEEDED").append('\n');
            }
            Files.writeString(dir.resolve("orders-" + f + ".sfn-test.yaml"), yaml, UTF_8);
        }
        return dir;
    }

    private static SuiteRun run(Path scenarios, Path coverageDir, Map<String, String> configuration) throws Exception {
        Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(PaymentSuite.class),
                        DiscoverySelectors.selectClass(GreetingSuite.class),
                        DiscoverySelectors.selectClass(OrdersSuite.class),
                        DiscoverySelectors.selectDirectory(scenarios.toFile()))
                .configurationParameter(EngineFixture.ENABLED, "true")
                .configurationParameter(CoverageRecorder.DIRECTORY_PARAMETER, coverageDir.toString())
                .configurationParameters(configuration)
                .build();
        Map<String, String> statuses = new ConcurrentHashMap<>();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        TestExecutionListener recorder = new TestExecutionListener() {
            @Override
            public void executionStarted(TestIdentifier test) {
                if (test.isTest()) {
                    threads.add(Thread.currentThread().getName());
                }
            }

            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (test.isTest()) {
                    statuses.put(test.getUniqueId(), result.getStatus().name());
                }
            }
        };
        PrintStream original = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, UTF_8));
        try {
            // LauncherFactory.create() also loads the service-registered CoverageFlushListener, as Surefire does
            Launcher launcher = LauncherFactory.create();
            launcher.execute(request, recorder);
        } finally {
            System.setOut(original);
        }
        return new SuiteRun(new TreeMap<>(statuses), threads,
                Files.readString(coverageDir.resolve(CoverageRecorder.FILE_NAME), UTF_8), threadsLeft(before));
    }

    /**
     * The threads started since {@code before} that are still alive once each was given up to ten seconds to end
     * (a finished fork-join pool's workers end shortly after it is closed: that is not a thread left behind).
     */
    private static List<String> threadsLeft(Set<Thread> before) throws InterruptedException {
        Map<Thread, Boolean> started = new HashMap<>();
        Thread.getAllStackTraces().keySet().stream().filter(t -> !before.contains(t)).forEach(t -> started.put(t, true));
        for (Thread t : started.keySet()) {
            t.join(10_000);
        }
        return started.keySet().stream().filter(Thread::isAlive).map(Thread::getName).sorted().toList();
    }
}
