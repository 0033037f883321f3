package dev.stepproof.benchmarks;

import dev.stepproof.toolkit.DefinitionReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Reading, validating (schema + semantic) and modelling a generated definition of {@code states} states,
 * warm. Target (issue 3): a 200-state definition in under 20 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReadValidateBenchmark {

    @Param({"200"})
    public int states;

    private String definition;
    private DefinitionReader reader;

    @Setup
    public void setUp() {
        definition = GeneratedDefinitions.mixed(states);
        reader = DefinitionReader.standard();
        if (!reader.read(definition, "generated.asl.json").isValid()) {
            throw new IllegalStateException("generated definition is invalid: "
                    + reader.read(definition, "generated.asl.json").diagnostics());
        }
    }

    @Benchmark
    public Object readAndValidate() {
        return reader.read(definition, "generated.asl.json");
    }
}
