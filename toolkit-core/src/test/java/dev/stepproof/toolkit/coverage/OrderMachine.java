package dev.stepproof.toolkit.coverage;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionOptions;
import dev.stepproof.toolkit.Interpreter;
import dev.stepproof.toolkit.model.StateMachine;
import dev.stepproof.toolkit.spi.TaskResult;

import java.util.concurrent.atomic.AtomicInteger;

/** The coverage fixture machine ({@code order.asl.json}) and the executions the tests run on it. */
final class OrderMachine {

    static final String RESOURCE = "dev/stepproof/toolkit/coverage/order.asl.json";

    final StateMachine machine = read(RESOURCE);
    private final Interpreter interpreter = Interpreter.of(machine);

    static StateMachine read(String resource) {
        return DefinitionReader.standard().readResource(resource).orElseThrow();
    }

    /** Check takes its Default, Charge succeeds at once. */
    Execution single() {
        return interpreter.execute(ExecutionOptions.defaults().withInput("{\"kind\": \"single\"}")
                .withTaskInvoker(call -> TaskResult.success(JsonNodeFactory.instance.objectNode().put("paid", true))));
    }

    /** Check takes rule 0; the Map runs three iterations. */
    Execution bulk() {
        return interpreter.execute(ExecutionOptions.defaults().withInput("{\"kind\": \"bulk\", \"items\": [1, 2, 3]}"));
    }

    /** Check takes rule 1; both Parallel branches run. */
    Execution split() {
        return interpreter.execute(ExecutionOptions.defaults().withInput("{\"kind\": \"split\"}"));
    }

    /** Charge is throttled (retrier 0 retries once), then declined: catcher 0 goes to Refund, then Failed. */
    Execution declined() {
        AtomicInteger attempts = new AtomicInteger();
        return interpreter.execute(ExecutionOptions.defaults().withInput("{\"kind\": \"single\"}")
                .withTaskInvoker(call -> attempts.incrementAndGet() == 1
                        ? TaskResult.failure("Lambda.TooManyRequestsException", "Rate exceeded")
                        : TaskResult.failure("Payment.Declined", "card expired")));
    }
}
