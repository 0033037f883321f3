package dev.stepproof.toolkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepproof.toolkit.internal.catalogue.IntegrationCatalogue;
import dev.stepproof.toolkit.spi.TaskInvocation;
import dev.stepproof.toolkit.spi.TaskInvoker;
import dev.stepproof.toolkit.spi.TaskResult;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Shared helpers of the fault tests: machines, JSON, a fake service that counts its side effects. */
final class FaultTesting {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant START = ExecutionOptions.defaults().startTime();

    private FaultTesting() {
    }

    static Interpreter interpreter(String definition) {
        return Interpreter.of(DefinitionReader.standard().read(definition, "test.asl.json").orElseThrow());
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static List<HistoryEvent> events(Execution execution, String type) {
        return execution.history().events().stream().filter(e -> e.type().equals(type)).collect(Collectors.toList());
    }

    /** Seconds after the execution started at which events of {@code type} were written. */
    static List<Long> secondsOf(Execution execution, String type) {
        return events(execution, type).stream()
                .map(e -> Duration.between(START, e.timestamp()).toSeconds()).collect(Collectors.toList());
    }

    /**
     * A fake service: every call is a write that happens (counted, with its parameters), answered with the
     * integration's real envelope around {@code {}} after {@code took} of virtual time.
     */
    static final class CountingService implements TaskInvoker {
        final List<JsonNode> writes = new ArrayList<>();
        private final Duration took;

        CountingService() {
            this(Duration.ZERO);
        }

        CountingService(Duration took) {
            this.took = took;
        }

        @Override
        public TaskResult invoke(TaskInvocation call) {
            writes.add(call.parameters());
            return new TaskResult.Success(IntegrationCatalogue.standard().wrap(call, json("{}")), took);
        }
    }
}
