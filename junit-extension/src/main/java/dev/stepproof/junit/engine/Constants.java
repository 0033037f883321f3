package dev.stepproof.junit.engine;

/**
 * The configuration parameters of the StepProof test engine. The engine reads nothing else: set them the way
 * every JUnit Platform configuration parameter is set ({@code junit-platform.properties}, Surefire's
 * {@code configurationParameters}, Gradle's {@code systemProperty}, a {@code @Suite}'s
 * {@code @ConfigurationParameter}, or {@code EngineTestKit.configurationParameter}).
 *
 * <p>An invalid value is reported as an ERROR discovery issue naming the key and the value; the engine then uses
 * the default.
 *
 * @since 0.1.0
 */
public final class Constants {

    /** The id of the engine, {@value}: the first segment of every unique id it creates ({@code [engine:stepproof]}). */
    public static final String ENGINE_ID = "stepproof";

    /** The prefix of every configuration parameter the engine reads: {@value}. */
    public static final String PREFIX = "stepproof.";

    /**
     * Which files are scenario files, as a {@link java.nio.file.FileSystem#getPathMatcher glob}: {@value}.
     *
     * <p>The glob is matched against the classpath resource name (e.g. {@code com/acme/orders.sfn-test.yaml}) of
     * files found on the classpath, and against the absolute path of files found on the file system. A pattern
     * starting with {@code **}{@code /} also matches names without a folder. Explicitly selected files and unique
     * ids are held to the same glob: selectors are shared by every engine, so a file this glob does not match is
     * left to the others.
     *
     * <p>Default: {@value #SCENARIOS_INCLUDE_DEFAULT}.
     */
    public static final String SCENARIOS_INCLUDE = "stepproof.scenarios.include";

    /** The default of {@link #SCENARIOS_INCLUDE}: {@value}. */
    public static final String SCENARIOS_INCLUDE_DEFAULT = "**/*.sfn-test.{yaml,yml,json}";

    /**
     * Which files are AWS Step Functions Local mock configuration files whose test cases run as tests, as a glob
     * matched like {@link #SCENARIOS_INCLUDE}: {@value}. When a name matches both globs, the file is read as a
     * mock configuration file.
     *
     * <p>Each state machine the file configures needs its definition next to the file, named
     * {@code <StateMachineName>.asl.json} (or {@code .asl.yaml}, {@code .asl.yml}); its test cases run with the
     * input in {@code <StateMachineName>.input.json} when that file exists, else with {@code {}}. A state machine
     * without a definition is reported as a WARNING discovery issue and its test cases are not discovered.
     *
     * <p>Default: {@value #MOCK_CONFIG_INCLUDE_DEFAULT}.
     */
    public static final String MOCK_CONFIG_INCLUDE = "stepproof.mockConfig.include";

    /** The default of {@link #MOCK_CONFIG_INCLUDE}: {@value}. */
    public static final String MOCK_CONFIG_INCLUDE_DEFAULT = "**/MockConfigFile.json";

    /**
     * Whether WARNING diagnostics (of the scenario file, its definition or its MockConfigFile) fail the cases they
     * concern: {@value}. Valid values: {@code true}, {@code false} (any case).
     *
     * <p>Default: {@code false}: warnings are published as report entries and the case's own expectations decide.
     */
    public static final String FAIL_ON_WARNING = "stepproof.failOnWarning";

    /**
     * Whether a case fails when a value answered by a secret-returning task call (a mocked
     * {@code secretsmanager:getSecretValue}, {@code ssm:getParameter} with decryption, {@code sts:assumeRole}, …)
     * appears again in its execution history: {@value}. Valid values: {@code true}, {@code false}.
     *
     * <p>Default: {@code true}, as {@code @StepFunctionsTest(secretsInHistory = FAIL)}.
     */
    public static final String FAIL_ON_SECRETS_IN_HISTORY = "stepproof.failOnSecretsInHistory";

    /**
     * Runs only the cases whose name matches this regular expression (in full); the others are skipped, and the
     * skip reason quotes the key and the value: {@value}. Scenario cases match by their {@code name}, MockConfigFile
     * test cases by their test case name.
     *
     * <p>Default: none: every case runs.
     */
    public static final String FILTER_NAME = "stepproof.filter.name";

    /**
     * Whether files and cases run in parallel: {@value}. Valid values: {@code true}, {@code false} (any case).
     * Cases share nothing but the (thread-safe) scenario reader; each runs its own interpreter execution, so results
     * and coverage are the same as in a serial run.
     *
     * <p>Default: {@code false}.
     */
    public static final String PARALLEL_ENABLED = "stepproof.execution.parallel.enabled";

    /**
     * The prefix of the parallelism settings, read like Jupiter's {@code junit.jupiter.execution.parallel.config.*}:
     * {@value}, e.g. {@code stepproof.execution.parallel.config.strategy=fixed} and
     * {@code stepproof.execution.parallel.config.fixed.parallelism=4}. Default strategy: {@code dynamic}, one
     * thread per processor.
     */
    public static final String PARALLEL_CONFIG_PREFIX = "stepproof.execution.parallel.config.";

    private Constants() {
    }
}
