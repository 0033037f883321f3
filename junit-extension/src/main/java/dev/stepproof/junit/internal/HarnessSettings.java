package dev.stepproof.junit.internal;

import dev.stepproof.junit.DefinitionSource;
import dev.stepproof.junit.SecretsInHistory;
import dev.stepproof.toolkit.ExecutionLimits;
import dev.stepproof.toolkit.ExecutionOptions;
import dev.stepproof.toolkit.spi.TaskInvoker;

import java.time.Instant;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What a harness starts from and changes through its {@code with…} methods. Immutable: the extension's
 * defaults are shared by every test, so each change makes a copy. Not API.
 *
 * @param definition where the definition comes from; null when not given yet
 * @param tasks      the Task invoker; null for ExecutionOptions' default (every Task fails, saying so)
 * @param input      the input of {@code run()}; never null
 * @param seed       the random seed; null for the default
 * @param startTime  the virtual start time; null for the default
 * @param limits     execution limits; null for AWS's
 * @param customizer applied last to the options; never null
 * @param secrets    what to do when a mocked secret shows up in the history; never null
 * @since 0.1.0
 */
public record HarnessSettings(DefinitionSource definition, TaskInvoker tasks, String input, Long seed,
                              Instant startTime, ExecutionLimits limits, UnaryOperator<ExecutionOptions> customizer,
                              SecretsInHistory secrets) {

    /** Checks the never-null components. */
    public HarnessSettings {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(customizer, "customizer");
        Objects.requireNonNull(secrets, "secrets");
    }

    /** @return no definition, no invoker, input {@code {}}, secrets in history failing, ExecutionOptions' defaults for the rest */
    public static HarnessSettings defaults() {
        return new HarnessSettings(null, null, "{}", null, null, null, UnaryOperator.identity(), SecretsInHistory.FAIL);
    }

    /** @param source where the definition comes from; never null
     *  @return a copy with that definition */
    public HarnessSettings withDefinition(DefinitionSource source) {
        return new HarnessSettings(Objects.requireNonNull(source, "definition must not be null"), tasks, input, seed,
                startTime, limits, customizer, secrets);
    }

    /** @param invoker answers the Task states; never null
     *  @return a copy with that invoker */
    public HarnessSettings withTasks(TaskInvoker invoker) {
        return new HarnessSettings(definition, Objects.requireNonNull(invoker, "tasks must not be null"), input, seed,
                startTime, limits, customizer, secrets);
    }

    /** @param json the input of {@code run()}; never null
     *  @return a copy with that input
     *  @throws IllegalArgumentException if {@code json} is not JSON */
    public HarnessSettings withInput(String json) {
        Json.parse("input", json); // reject bad JSON where it is written, not at the first run
        return new HarnessSettings(definition, tasks, json, seed, startTime, limits, customizer, secrets);
    }

    /** @param randomSeed the random seed
     *  @return a copy with that seed */
    public HarnessSettings withSeed(long randomSeed) {
        return new HarnessSettings(definition, tasks, input, randomSeed, startTime, limits, customizer, secrets);
    }

    /** @param start the virtual start time; never null
     *  @return a copy with that start time */
    public HarnessSettings withStartTime(Instant start) {
        return new HarnessSettings(definition, tasks, input, seed, Objects.requireNonNull(start, "start must not be null"),
                limits, customizer, secrets);
    }

    /** @param executionLimits the limits; never null
     *  @return a copy with those limits */
    public HarnessSettings withLimits(ExecutionLimits executionLimits) {
        return new HarnessSettings(definition, tasks, input, seed, startTime,
                Objects.requireNonNull(executionLimits, "limits must not be null"), customizer, secrets);
    }

    /**
     * @param next applied to the options after the customizers already set; never null
     * @return a copy applying {@code next} last
     */
    public HarnessSettings withCustomizer(UnaryOperator<ExecutionOptions> next) {
        Objects.requireNonNull(next, "customizer must not be null");
        UnaryOperator<ExecutionOptions> both = options -> next.apply(customizer.apply(options));
        return new HarnessSettings(definition, tasks, input, seed, startTime, limits, both, secrets);
    }

    /** @param mode what to do when a mocked secret shows up in the history; never null
     *  @return a copy with that mode */
    public HarnessSettings withSecretsInHistory(SecretsInHistory mode) {
        return new HarnessSettings(definition, tasks, input, seed, startTime, limits, customizer,
                Objects.requireNonNull(mode, "secretsInHistory must not be null"));
    }

    /** @return the options these settings describe, before the input is set */
    public ExecutionOptions options() {
        ExecutionOptions options = ExecutionOptions.defaults();
        if (tasks != null) {
            options = options.withTaskInvoker(tasks);
        }
        if (seed != null) {
            options = options.withSeed(seed);
        }
        if (startTime != null) {
            options = options.withStartTime(startTime);
        }
        if (limits != null) {
            options = options.withLimits(limits);
        }
        return Objects.requireNonNull(customizer.apply(options), "the options customizer returned null");
    }
}
