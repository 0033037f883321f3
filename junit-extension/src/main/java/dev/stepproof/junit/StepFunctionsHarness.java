package dev.stepproof.junit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.Callbacks;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionLimits;
import dev.stepproof.toolkit.ExecutionOptions;
import dev.stepproof.toolkit.StateMachines;
import dev.stepproof.toolkit.model.StateMachine;
import dev.stepproof.toolkit.spi.TaskInvoker;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Runs executions of one state machine for one test, in process and on a virtual clock, and keeps every
 * execution it ran so that a failing test can print them. Injected by {@link StepProofExtension} into test
 * and {@code @BeforeEach} methods (the same instance for both), starting from the settings of
 * {@link StepFunctionsTest @StepFunctionsTest} or {@link StepProofExtension.Builder}.
 *
 * <pre>{@code
 * @StepFunctionsTest(definition = "statemachines/payment.asl.json")
 * class PaymentTest {
 *     @Test
 *     void charges_the_card(StepFunctionsHarness sfn) {
 *         Execution execution = sfn.withTasks(call -> TaskResult.success(charged)).run("{\"amount\": 5}");
 *         assertThat(execution).succeeded().followedPath("Validate", "Charge", "Done");
 *     }
 * }
 * }</pre>
 *
 * <p>The {@code with…} methods change this harness (it is a per-test fixture, not a value) and return it for
 * chaining; they affect later runs only. A harness may be used from several threads. It is closed when its
 * test ends: runs are then refused, while {@link #executions()} stays readable.
 *
 * @since 0.1.0
 */
public interface StepFunctionsHarness {

    /**
     * @param definition where the state machine comes from; never null
     * @return this harness
     * @since 0.1.0
     */
    StepFunctionsHarness withDefinition(DefinitionSource definition);

    /**
     * @param name a classpath resource, e.g. {@code statemachines/order.asl.json}; never null
     * @return this harness
     * @since 0.1.0
     */
    default StepFunctionsHarness withDefinitionResource(String name) {
        return withDefinition(DefinitionSource.classpath(name));
    }

    /**
     * @param file an ASL file (JSON or YAML); never null
     * @return this harness
     * @since 0.1.0
     */
    default StepFunctionsHarness withDefinitionFile(Path file) {
        return withDefinition(DefinitionSource.file(file));
    }

    /**
     * @param asl the definition itself, JSON or YAML; never null
     * @return this harness
     * @since 0.1.0
     */
    default StepFunctionsHarness withDefinitionText(String asl) {
        return withDefinition(DefinitionSource.text(asl));
    }

    /**
     * @param tasks answers the Task states: a lambda, StepProof's {@code Mocks}, an HTTP invoker, …; never null.
     *              Without one, every Task fails with {@code StepProof.NoTaskInvoker}.
     * @return this harness
     * @since 0.1.0
     */
    StepFunctionsHarness withTasks(TaskInvoker tasks);

    /**
     * Answers {@code .waitForTaskToken} Task states with SendTaskSuccess/Failure/Heartbeat calls at virtual times;
     * shorthand for {@code withOptions(o -> o.withCallbacks(callbacks))}.
     *
     * @param callbacks the answers; never null
     * @return this harness
     * @since 0.1.0
     */
    default StepFunctionsHarness withCallbacks(Callbacks callbacks) {
        java.util.Objects.requireNonNull(callbacks, "callbacks must not be null");
        return withOptions(options -> options.withCallbacks(callbacks));
    }

    /**
     * Runs {@code states:startExecution.sync[:2]} children whose machines are registered, in process; shorthand
     * for {@code withOptions(o -> o.withStateMachines(machines))}.
     *
     * @param machines the registry; never null
     * @return this harness
     * @since 0.1.0
     */
    default StepFunctionsHarness withStateMachines(StateMachines machines) {
        java.util.Objects.requireNonNull(machines, "machines must not be null");
        return withOptions(options -> options.withStateMachines(machines));
    }

    /**
     * @param json the input {@link #run()} uses (default {@code {}}); never null
     * @return this harness
     * @throws IllegalArgumentException if {@code json} is not JSON
     * @since 0.1.0
     */
    StepFunctionsHarness withInput(String json);

    /**
     * @param seed seeds jitter, {@code States.UUID} and {@code States.MathRandom}; same seed, same execution
     * @return this harness
     * @since 0.1.0
     */
    StepFunctionsHarness withSeed(long seed);

    /**
     * @param start the virtual time executions start at (default 2026-01-01T00:00:00Z); never null
     * @return this harness
     * @since 0.1.0
     */
    StepFunctionsHarness withStartTime(Instant start);

    /**
     * @param limits payload, history and transition limits (default: AWS's); never null
     * @return this harness
     * @since 0.1.0
     */
    StepFunctionsHarness withLimits(ExecutionLimits limits);

    /**
     * Adjusts the options of every later run after the harness's own settings are applied, for options the
     * harness has no method for (execution name, workflow type, history recording). Customizers given in
     * several calls apply in the order given.
     *
     * @param customizer returns the options to use; never null, and must not return null
     * @return this harness
     * @since 0.1.0
     */
    StepFunctionsHarness withOptions(UnaryOperator<ExecutionOptions> customizer);

    /**
     * @param objects the S3 objects that distributed Maps' ItemReaders read in later runs; never null
     * @return this harness
     * @since 0.1.0
     */
    default StepFunctionsHarness withS3Objects(dev.stepproof.toolkit.S3Objects objects) {
        java.util.Objects.requireNonNull(objects, "objects");
        return withOptions(options -> options.withS3Objects(objects));
    }

    /**
     * @param output where distributed Maps' ResultWriters write in later runs (read it after {@link #run()});
     *               never null
     * @return this harness
     * @since 0.1.0
     */
    default StepFunctionsHarness withS3Output(dev.stepproof.toolkit.S3Output output) {
        java.util.Objects.requireNonNull(output, "output");
        return withOptions(options -> options.withS3Output(output));
    }

    /**
     * @return the state machine, read and validated on first use
     * @throws IllegalStateException if no definition was given
     * @throws dev.stepproof.toolkit.InvalidDefinitionException listing the errors, if the definition is invalid
     * @since 0.1.0
     */
    StateMachine stateMachine();

    /**
     * Runs one execution with the input set by {@link #withInput(String)} ({@code {}} by default).
     *
     * @return the finished execution; never null
     * @throws IllegalStateException if no definition was given, or the test has ended
     * @throws dev.stepproof.toolkit.InvalidDefinitionException if the definition is invalid
     * @since 0.1.0
     */
    Execution run();

    /**
     * @param inputJson the execution input as JSON text; never null
     * @return the finished execution; never null
     * @throws IllegalArgumentException if {@code inputJson} is not JSON
     * @throws IllegalStateException if no definition was given, or the test has ended
     * @since 0.1.0
     */
    Execution run(String inputJson);

    /**
     * @param input the execution input; never null, and not changed afterwards
     * @return the finished execution; never null
     * @throws IllegalStateException if no definition was given, or the test has ended
     * @since 0.1.0
     */
    Execution run(JsonNode input);

    /**
     * @return every execution this harness ran, in the order they finished; an unmodifiable snapshot
     * @since 0.1.0
     */
    List<Execution> executions();
}
