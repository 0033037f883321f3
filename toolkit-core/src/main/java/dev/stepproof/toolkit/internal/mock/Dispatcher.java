package dev.stepproof.toolkit.internal.mock;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.stepproof.toolkit.internal.catalogue.IntegrationCatalogue;
import dev.stepproof.toolkit.spi.TaskInvocation;
import dev.stepproof.toolkit.spi.TaskResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Picks the mock that answers a call and advances that mock's response sequence. One dispatcher belongs to one
 * session and is not thread-safe: the session serialises calls.
 *
 * <p>Precedence: mocks that name the state ({@code forState}, {@code withState}) are consulted before the others,
 * each group in declaration order; the first whose criteria all hold answers. A state is the most specific thing a
 * test can name, so a broad {@code forResource("arn:aws:states:::lambda:invoke")} declared first does not shadow a
 * later {@code forState("Charge")}.
 */
public final class Dispatcher {

    /**
     * The outcome of one call.
     *
     * @param result   what the task gets; never null
     * @param mock     the description of the mock that answered, or null when none did
     * @param nearMiss when no mock answered, why not (the near-miss message, in lenient mode too); else null
     */
    public record Dispatched(TaskResult result, String mock, String nearMiss) {
    }

    private final List<MockDefinition> mocks;
    private final int[] order;
    private final int[] served;
    private final boolean strict;
    private final IntegrationCatalogue catalogue;

    /** @param mocks in declaration order, each without {@link MockDefinition#problem()} */
    public Dispatcher(List<MockDefinition> mocks, boolean strict, IntegrationCatalogue catalogue) {
        this.mocks = List.copyOf(mocks);
        this.strict = strict;
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.served = new int[this.mocks.size()];
        List<Integer> first = new ArrayList<>();
        List<Integer> then = new ArrayList<>();
        for (int i = 0; i < this.mocks.size(); i++) {
            (this.mocks.get(i).namesState() ? first : then).add(i);
        }
        first.addAll(then);
        this.order = first.stream().mapToInt(Integer::intValue).toArray();
    }

    public Dispatched dispatch(TaskInvocation call) {
        for (int i : order) {
            MockDefinition mock = mocks.get(i);
            if (mock.answers(call)) {
                ResponseStep step = mock.responseFor(served[i]++);
                return new Dispatched(produce(step, call, mock.description()), mock.description(), null);
            }
        }
        String nearMiss = NearMisses.message(call, mocks);
        TaskResult unmatched = strict ? TaskResult.failure(MockErrors.UNMATCHED_TASK, nearMiss)
                : TaskResult.success(JsonNodeFactory.instance.objectNode());
        return new Dispatched(unmatched, null, nearMiss);
    }

    private TaskResult produce(ResponseStep step, TaskInvocation call, String mock) {
        try {
            TaskResult result = step.produce(call, catalogue);
            return result != null ? result
                    : TaskResult.failure(MockErrors.HANDLER_ERROR, MockErrors.handlerReturnedNull(mock, call));
        } catch (RuntimeException e) {
            // The same report the interpreter makes for any invoker that throws, but recorded in the journal.
            return TaskResult.failure(e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
        }
    }
}
