package dev.stepproof.junit.allure;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionOptions;
import dev.stepproof.toolkit.Interpreter;
import dev.stepproof.toolkit.model.StateMachine;
import dev.stepproof.toolkit.spi.TaskResult;

import java.util.concurrent.atomic.AtomicInteger;

/** The shop fixture machine and its two executions: paid after one retry, and declined. */
final class Shop {

    final StateMachine machine = DefinitionReader.standard().readResource("dev/stepproof/junit/allure/shop.asl.json").orElseThrow();

    /** Charge is throttled once, then pays; Ship runs two branches; PackAll two iterations. */
    Execution paidAfterRetry() {
        AtomicInteger calls = new AtomicInteger();
        return Interpreter.of(machine).execute(ExecutionOptions.defaults().withInput("{\"items\": [\"book\", \"pen\"]}")
                .withTaskInvoker(call -> calls.incrementAndGet() == 1
                        ? TaskResult.failure("Lambda.TooManyRequestsException", "Rate exceeded")
                        : TaskResult.success(JsonNodeFactory.instance.objectNode().put("paid", true))));
    }

    /** Charge is declined: the catcher goes to Refund, then the Fail state. */
    Execution declined() {
        return Interpreter.of(machine).execute(ExecutionOptions.defaults().withInput("{\"items\": []}")
                .withTaskInvoker(call -> TaskResult.failure("Payment.Declined", "card expired")));
    }
}
