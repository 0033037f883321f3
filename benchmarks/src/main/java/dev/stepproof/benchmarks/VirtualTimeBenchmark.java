package dev.stepproof.benchmarks;

import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionOptions;
import dev.stepproof.toolkit.Interpreter;
import dev.stepproof.toolkit.spi.TaskResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A workflow that waits 364 days, then calls a task that is throttled twice with a back-off of hours
 * (1 h, then 3 h) before it succeeds: just under AWS's one-year maximum execution duration of virtual time.
 * Target (issue 4): under 10 ms of wall time, i.e. nothing sleeps.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class VirtualTimeBenchmark {

    private static final String DEFINITION = """
            {"StartAt": "WaitAYear", "States": {
              "WaitAYear": {"Type": "Wait", "Seconds": 31449600, "Next": "Renew"},
              "Renew": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "renew", "Payload.$": "$"},
                "Retry": [{"ErrorEquals": ["Lambda.TooManyRequestsException"], "IntervalSeconds": 3600,
                           "BackoffRate": 3, "MaxAttempts": 5}],
                "End": true}}}""";

    private Interpreter interpreter;

    @Setup
    public void setUp() {
        interpreter = Interpreter.of(DefinitionReader.standard().read(DEFINITION, "year.asl.json").orElseThrow());
        Execution check = run();
        if (!check.succeeded() || Duration.between(check.startTime(), check.stopTime()).toHours() != 364 * 24 + 4) {
            throw new IllegalStateException("unexpected execution: " + check + " ending " + check.stopTime());
        }
    }

    @Benchmark
    public Execution waitAYearAndRetryForHours() {
        return run();
    }

    private Execution run() {
        AtomicInteger calls = new AtomicInteger();
        return interpreter.execute(ExecutionOptions.defaults().withTaskInvoker(call -> calls.incrementAndGet() <= 2
                ? TaskResult.failure("Lambda.TooManyRequestsException", "Rate exceeded")
                : TaskResult.success(call.parameters())));
    }
}
