package dev.stepproof.junit.coverage;

import dev.stepproof.toolkit.coverage.CoverageFile;
import dev.stepproof.toolkit.coverage.CoverageMetric;
import dev.stepproof.toolkit.coverage.MachineCoverage;
import dev.stepproof.toolkit.model.StateMachine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.BDDAssertions.then;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

/**
 * The listener, loaded by a real launcher from {@code META-INF/services}, writes what tests recorded into the
 * directory the platform parameter names.
 */
class CoverageFlushListenerTest {

    private static final String FIXTURE_SWITCH = "stepproof.test.fixtures";

    @TempDir
    Path dir;

    @Test
    void should_flush_recorded_coverage_into_the_configured_directory_when_the_test_plan_ends() throws Exception {
        // GIVEN
        Path coverageDir = dir.resolve("build/stepproof");
        LauncherDiscoveryRequest run = request()
                .selectors(selectClass(RecordingTests.class))
                .configurationParameter(CoverageRecorder.DIRECTORY_PARAMETER, coverageDir.toString())
                .configurationParameter(FIXTURE_SWITCH, "true")
                .build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        // WHEN
        launcher.execute(run, summary);
        // THEN
        then(summary.getSummary().getTestsSucceededCount()).isEqualTo(3);
        Path file = coverageDir.resolve("coverage.json");
        then(file).exists();
        MachineCoverage written = CoverageFile.at(file).read().machines().get(0);
        then(written.metric(CoverageMetric.CHOICE_RULES).items()).containsExactly(
                entry("Language?[0]", 2L), entry("Language?[default]", 1L));
        then(written.ratio(CoverageMetric.TRANSITIONS)).isEqualTo(1.0);
        then(Files.readString(file)).startsWith("{\n  \"stateMachines\" : {\n    \"greeting@");
    }

    /** What the Jupiter extension does: find the recorder for the configured directory. */
    static final class RecorderResolver implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == CoverageRecorder.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return CoverageRecorder.forRun(CoverageRecorder.directory(context::getConfigurationParameter));
        }
    }

    /** Run only by the launcher above; the switch keeps the build's own run from recording into target/stepproof. */
    @EnabledIf("launchedByTheListenerTest")
    @ExtendWith(RecorderResolver.class)
    static class RecordingTests {

        static boolean launchedByTheListenerTest(ExtensionContext context) {
            return context.getConfigurationParameter(FIXTURE_SWITCH, Boolean::parseBoolean).orElse(false);
        }

        private final StateMachine machine = Greeting.machine();

        @Test
        void french(CoverageRecorder recorder) {
            recorder.record("greeting", machine, Greeting.run(machine, "fr"));
        }

        @Test
        void french_again(CoverageRecorder recorder) {
            recorder.record("greeting", machine, Greeting.run(machine, "fr"));
        }

        @Test
        void english(CoverageRecorder recorder) {
            recorder.record("greeting", machine, Greeting.run(machine, "en"));
        }
    }
}
