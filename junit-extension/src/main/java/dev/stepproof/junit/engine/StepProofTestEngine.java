package dev.stepproof.junit.engine;

import dev.stepproof.junit.coverage.CoverageRecorder;
import dev.stepproof.toolkit.ScenarioRunner;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.config.PrefixedConfigurationParameters;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.hierarchical.ForkJoinPoolHierarchicalTestExecutorService;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestExecutorService;

import java.util.Optional;

/**
 * The JUnit Platform test engine {@value Constants#ENGINE_ID}: runs scenario files ({@code *.sfn-test.yaml},
 * {@code .yml}, {@code .json}) and AWS Step Functions Local MockConfigFiles as tests, one container per file and one
 * test per case, so that IDEs and build tools list, run, re-run and navigate to each case.
 *
 * <p>Registered through {@code META-INF/services/org.junit.platform.engine.TestEngine}; users never call it. It is
 * configured only by the platform configuration parameters in {@link Constants}. Selectors it understands: classpath
 * roots, packages and modules (scanned), classpath resources, files (with an optional line, selecting the case
 * starting there), directories (recursively), classes annotated with {@link dev.stepproof.junit.StepProofScenarios}
 * (their packages are scanned: how Surefire and Gradle, which select classes only, reach the files) and its own
 * unique ids:
 * {@code [engine:stepproof]/[file:<classpath:resource name, or absolute path>]/[case:<case name>]}; a MockConfigFile
 * test case's segment is {@code <StateMachineName>/<TestCaseName>}.
 *
 * <p>A MockConfigFile's test cases run against the definition next to it, {@code <StateMachineName>.asl.json} (see
 * {@link Constants#MOCK_CONFIG_INCLUDE}); a MockConfigFile states no expectations, so such a test fails only when a
 * Task was not answered by the test case or the run itself broke ({@code States.Runtime}).
 *
 * <p>A file that cannot be read becomes an ERROR discovery issue located at the problem, and the other files are
 * still discovered; by default the platform then fails the engine's run listing every such issue (see
 * {@code junit.platform.discovery.issue.severity.critical}). A failing case fails its test with the case's report
 * ({@link dev.stepproof.toolkit.ScenarioReport.CaseResult#describe(String)}); every case publishes a report entry
 * with its status and the states it entered.
 *
 * @since 0.1.0
 */
public final class StepProofTestEngine extends HierarchicalTestEngine<ExecutionContext> {

    /** For ServiceLoader. */
    public StepProofTestEngine() {
    }

    @Override
    public String getId() {
        return Constants.ENGINE_ID;
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("dev.stepproof");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("stepproof-junit");
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        DiscoveryIssueReporter issues = DiscoveryIssueReporter.deduplicating(
                DiscoveryIssueReporter.forwarding(request.getDiscoveryListener(), uniqueId));
        StepProofEngineDescriptor engine = new StepProofEngineDescriptor(uniqueId,
                EngineConfiguration.from(request.getConfigurationParameters(), issues));
        DiscoverySelectorResolver.resolve(request, engine, issues);
        return engine;
    }

    /**
     * Runs files and cases on a fork-join pool when {@link Constants#PARALLEL_ENABLED} is {@code true}, with the
     * parallelism {@link Constants#PARALLEL_CONFIG_PREFIX} configures; else on the calling thread.
     */
    @Override
    protected HierarchicalTestExecutorService createExecutorService(ExecutionRequest request) {
        boolean parallel = request.getConfigurationParameters().get(Constants.PARALLEL_ENABLED)
                .map(v -> v.strip().equalsIgnoreCase("true")).orElse(false);
        return parallel
                ? new ForkJoinPoolHierarchicalTestExecutorService(new PrefixedConfigurationParameters(
                        request.getConfigurationParameters(), Constants.PARALLEL_CONFIG_PREFIX))
                : super.createExecutorService(request);
    }

    @Override
    protected ExecutionContext createExecutionContext(ExecutionRequest request) {
        // The launcher hands back the descriptor discover() returned; its settings were already checked and reported.
        EngineConfiguration configuration = ((StepProofEngineDescriptor) request.getRootTestDescriptor()).configuration();
        CoverageRecorder coverage = CoverageRecorder.forRun(
                CoverageRecorder.directory(request.getConfigurationParameters()::get));
        // One runner per run, caching each file once read: a file's cases run one by one, each as its own test.
        ScenarioRunner runner = ScenarioRunner.standard().cachingFiles();
        return new ExecutionContext(configuration, configuration.failOnSecrets() ? runner : runner.allowingSecretsInHistory(),
                request.getEngineExecutionListener(), coverage);
    }
}
