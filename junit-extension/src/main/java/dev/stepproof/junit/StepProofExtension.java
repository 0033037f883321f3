package dev.stepproof.junit;

import dev.stepproof.junit.internal.DefaultStepFunctionsHarness;
import dev.stepproof.junit.internal.FailureReport;
import dev.stepproof.junit.internal.HarnessSettings;
import dev.stepproof.toolkit.ExecutionLimits;
import dev.stepproof.toolkit.ExecutionOptions;
import dev.stepproof.toolkit.spi.TaskInvoker;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.platform.commons.support.AnnotationSupport;

import java.lang.reflect.Constructor;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The Jupiter extension: injects a per-test {@link StepFunctionsHarness} into parameters of exactly that type
 * (in test and {@code @BeforeEach} methods, the same instance for both), closes it when the test ends, and when
 * a test fails prints what each of its executions did (states, inputs and outputs, retries, catches, Task
 * calls) to standard output and publishes it as a report entry keyed {@value #REPORT_KEY}.
 *
 * <p>Register it declaratively with {@link StepFunctionsTest @StepFunctionsTest}, or programmatically:
 * <pre>{@code
 * @RegisterExtension
 * static final StepProofExtension sfn = StepProofExtension.newInstance()
 *         .definition("statemachines/payment.asl.json")
 *         .seed(7)
 *         .build();
 * }</pre>
 *
 * <p>The extension holds only immutable settings; each test's harness lives in that test's
 * {@link ExtensionContext.Store}, so tests may run in parallel.
 *
 * @since 0.1.0
 */
public final class StepProofExtension implements ParameterResolver, TestWatcher {

    /** The key of the report entry a failed test publishes. */
    public static final String REPORT_KEY = "stepproof";

    private static final String HARNESS = "harness";

    /** Null when registered by annotation: the settings then come from the nearest {@code @StepFunctionsTest}. */
    private final HarnessSettings settings;

    /**
     * Used by {@link StepFunctionsTest @StepFunctionsTest} and {@code @ExtendWith}; takes its settings from the
     * annotation. Use {@link #newInstance()} to configure the extension in code.
     */
    public StepProofExtension() {
        this(null);
    }

    private StepProofExtension(HarnessSettings settings) {
        this.settings = settings;
    }

    /**
     * @return a builder for an extension to register with {@code @RegisterExtension}
     * @since 0.1.0
     */
    public static Builder newInstance() {
        return new Builder();
    }

    /** Supports parameters of exactly type {@link StepFunctionsHarness}, not its sub- or supertypes. */
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == StepFunctionsHarness.class;
    }

    /** Returns the test's harness, creating it on first use. */
    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getDeclaringExecutable() instanceof Constructor) {
            throw new ParameterResolutionException("A StepFunctionsHarness belongs to one test method; it cannot be "
                    + "injected into the constructor of [" + context.getRequiredTestClass().getName()
                    + "]. Inject it into the test method or a @BeforeEach method.");
        }
        if (context.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException("A StepFunctionsHarness belongs to one test method; it cannot be "
                    + "injected into [" + parameter.getDeclaringExecutable() + "], which runs outside any test method. "
                    + "Inject it into the test method or a @BeforeEach method.");
        }
        HarnessSettings start = settingsFor(context);
        return store(context).getOrComputeIfAbsent(HARNESS,
                key -> new DefaultStepFunctionsHarness(context.getDisplayName(), start, reporting(context)),
                DefaultStepFunctionsHarness.class);
    }

    /**
     * Records every execution for workflow coverage ({@code target/stepproof/coverage.json}, or the platform
     * parameter {@code stepproof.coverage.dir}) and, when Allure is on the classpath, as Allure steps.
     */
    private static DefaultStepFunctionsHarness.ExecutionListener reporting(ExtensionContext context) {
        dev.stepproof.junit.coverage.CoverageRecorder coverage = dev.stepproof.junit.coverage.CoverageRecorder.forRun(
                dev.stepproof.junit.coverage.CoverageRecorder.directory(context::getConfigurationParameter));
        boolean allure = dev.stepproof.junit.allure.StepProofAllure.isAvailable();
        return new DefaultStepFunctionsHarness.ExecutionListener() {
            @Override
            public void executed(String name, dev.stepproof.toolkit.model.StateMachine machine, dev.stepproof.toolkit.Execution execution) {
                coverage.record(name, machine, execution);
                if (allure) {
                    dev.stepproof.junit.allure.StepProofAllure.report(name, machine, execution);
                }
            }

            /** A nested .sync child is a state machine of its own: its coverage goes under its own name@hash. */
            @Override
            public void executedChild(String name, dev.stepproof.toolkit.model.StateMachine machine, dev.stepproof.toolkit.Execution execution) {
                coverage.record(name, machine, execution);
            }
        };
    }

    /** Prints and publishes the report of the test's executions, if it ran any. */
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        // The store has closed the harness by now; its executions stay readable.
        DefaultStepFunctionsHarness harness = store(context).get(HARNESS, DefaultStepFunctionsHarness.class);
        if (harness == null || harness.recorded().isEmpty()) {
            return;
        }
        String report = FailureReport.render(context.getDisplayName(), harness.recorded());
        System.out.print(report); // one call, so parallel tests do not interleave their reports line by line
        context.publishReportEntry(REPORT_KEY, report);
    }

    private static ExtensionContext.Store store(ExtensionContext context) {
        return context.getStore(Namespace.create(StepProofExtension.class, context.getRequiredTestMethod()));
    }

    private HarnessSettings settingsFor(ExtensionContext context) {
        if (settings != null) {
            return settings;
        }
        Optional<StepFunctionsTest> annotation = AnnotationSupport.findAnnotation(context.getTestMethod(), StepFunctionsTest.class)
                .or(() -> AnnotationSupport.findAnnotation(context.getRequiredTestClass(), StepFunctionsTest.class,
                        context.getEnclosingTestClasses()));
        return annotation.map(StepProofExtension::fromAnnotation).orElse(HarnessSettings.defaults());
    }

    private static HarnessSettings fromAnnotation(StepFunctionsTest annotation) {
        HarnessSettings fromAnnotation = HarnessSettings.defaults().withSeed(annotation.seed())
                .withSecretsInHistory(annotation.secretsInHistory());
        if (!annotation.definition().isEmpty()) {
            fromAnnotation = fromAnnotation.withDefinition(DefinitionSource.classpath(annotation.definition()));
        }
        if (!annotation.startTime().isEmpty()) {
            try {
                fromAnnotation = fromAnnotation.withStartTime(Instant.parse(annotation.startTime()));
            } catch (DateTimeParseException e) {
                throw new ParameterResolutionException("@StepFunctionsTest(startTime = [" + annotation.startTime()
                        + "]) is not an ISO-8601 instant such as 2026-01-01T00:00:00Z", e);
            }
        }
        return fromAnnotation;
    }

    /**
     * Configures a {@link StepProofExtension}: the settings every test's harness starts from. A builder is
     * used once, from one thread; the extension it builds is immutable.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private HarnessSettings settings = HarnessSettings.defaults();

        private Builder() {
        }

        /**
         * @param classpathResource e.g. {@code statemachines/payment.asl.json}; never null
         * @return this builder
         * @since 0.1.0
         */
        public Builder definition(String classpathResource) {
            return definition(DefinitionSource.classpath(classpathResource));
        }

        /**
         * @param source where the definition comes from; never null
         * @return this builder
         * @since 0.1.0
         */
        public Builder definition(DefinitionSource source) {
            settings = settings.withDefinition(source);
            return this;
        }

        /**
         * @param tasks answers the Task states of every test; shared by all tests of the class, possibly in
         *              parallel, so it should hold no per-test state (give such invokers to the harness)
         * @return this builder
         * @since 0.1.0
         */
        public Builder tasks(TaskInvoker tasks) {
            settings = settings.withTasks(tasks);
            return this;
        }

        /**
         * @param json the input of {@link StepFunctionsHarness#run()}; never null
         * @return this builder
         * @since 0.1.0
         */
        public Builder input(String json) {
            settings = settings.withInput(json);
            return this;
        }

        /**
         * @param seed the random seed of every execution
         * @return this builder
         * @since 0.1.0
         */
        public Builder seed(long seed) {
            settings = settings.withSeed(seed);
            return this;
        }

        /**
         * @param start the virtual start time of every execution; never null
         * @return this builder
         * @since 0.1.0
         */
        public Builder startTime(Instant start) {
            settings = settings.withStartTime(start);
            return this;
        }

        /**
         * @param limits the execution limits; never null
         * @return this builder
         * @since 0.1.0
         */
        public Builder limits(ExecutionLimits limits) {
            settings = settings.withLimits(limits);
            return this;
        }

        /**
         * @param customizer adjusts every execution's options last (see {@link StepFunctionsHarness#withOptions})
         * @return this builder
         * @since 0.1.0
         */
        public Builder options(UnaryOperator<ExecutionOptions> customizer) {
            settings = settings.withCustomizer(customizer);
            return this;
        }

        /**
         * @param mode what to do when a mocked secret shows up in a later history event; default
         *             {@link SecretsInHistory#FAIL}; never null
         * @return this builder
         * @since 0.1.0
         */
        public Builder secretsInHistory(SecretsInHistory mode) {
            settings = settings.withSecretsInHistory(mode);
            return this;
        }

        /**
         * @return the extension, to assign to a {@code static} (or instance) {@code @RegisterExtension} field
         * @since 0.1.0
         */
        public StepProofExtension build() {
            return new StepProofExtension(Objects.requireNonNull(settings));
        }
    }
}
