package dev.stepproof.toolkit.internal.mock;

import dev.stepproof.toolkit.spi.TaskInvocation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * One mock, immutable: the criteria a call must meet and the responses it gets, in order. Every {@code with…}
 * returns a copy; the lists are copied on construction.
 *
 * @param anyTask      whether the mock was started with {@code forAnyTask()} (only for its description)
 * @param criteria     all must hold for the mock to answer; empty means every call
 * @param responses    served in order, each {@link ResponseStep#times()} times; the last one repeats
 * @param pendingDelay a {@code delays(…)} waiting for the response it applies to, or null
 */
public record MockDefinition(boolean anyTask, List<Criterion> criteria, List<ResponseStep> responses,
                             Duration pendingDelay) {

    public MockDefinition {
        criteria = List.copyOf(criteria);
        responses = List.copyOf(responses);
    }

    /** @return a mock with one criterion, started with {@code forState}/{@code forResource} */
    public static MockDefinition of(Criterion first) {
        return new MockDefinition(false, List.of(first), List.of(), null);
    }

    /** @return a mock that, so far, answers every call */
    public static MockDefinition forAnyTask() {
        return new MockDefinition(true, List.of(), List.of(), null);
    }

    public MockDefinition withCriterion(Criterion criterion) {
        List<Criterion> more = new ArrayList<>(criteria);
        more.add(Objects.requireNonNull(criterion, "criterion"));
        return new MockDefinition(anyTask, more, responses, pendingDelay);
    }

    /** Appends a response; a pending delay applies to it and is used up. */
    public MockDefinition withReply(Reply reply) {
        List<ResponseStep> more = new ArrayList<>(responses);
        more.add(new ResponseStep(reply, pendingDelay == null ? Duration.ZERO : pendingDelay, 1));
        return new MockDefinition(anyTask, criteria, more, null);
    }

    public MockDefinition withDelay(Duration delay) {
        Objects.requireNonNull(delay, "delay must not be null");
        if (delay.isNegative()) {
            throw new IllegalArgumentException(description() + ".delays(" + delay + "): expected a duration of zero or more");
        }
        if (pendingDelay != null) {
            throw new IllegalStateException(description() + ".delays(" + delay + "): delays(" + pendingDelay
                    + ") is still waiting for its response; put a response between the two");
        }
        return new MockDefinition(anyTask, criteria, responses, delay);
    }

    /** Makes the last response serve {@code times} consecutive calls. */
    public MockDefinition withTimes(int times) {
        if (times < 1) {
            throw new IllegalArgumentException(description() + ".times(" + times + "): expected at least 1");
        }
        if (responses.isEmpty()) {
            throw new IllegalStateException(description() + ".times(" + times + "): expected a response before it, e.g. throttles().times(2)");
        }
        List<ResponseStep> more = new ArrayList<>(responses);
        ResponseStep last = more.remove(more.size() - 1);
        more.add(new ResponseStep(last.reply(), last.delay(), times));
        return new MockDefinition(anyTask, criteria, more, pendingDelay);
    }

    /** @return why this mock cannot be used yet, in the message's words; empty when it can */
    public Optional<String> problem() {
        if (responses.isEmpty()) {
            return Optional.of("Mock " + description() + " has no response: expected returns(...), returnsPayload(...),"
                    + " fails(...), throttles(), hangs() or answers(...) after it");
        }
        if (pendingDelay != null) {
            return Optional.of("Mock " + description() + " ends with delays(" + pendingDelay
                    + "): expected a response after it, e.g. delays(...).returns(...)");
        }
        return Optional.empty();
    }

    /** @return whether some criterion names the state: such mocks are consulted first */
    boolean namesState() {
        return criteria.stream().anyMatch(StateNameCriterion.class::isInstance);
    }

    /** @return the mismatch of every criterion {@code call} misses; empty when the mock answers it */
    List<Criterion.Mismatch> mismatches(TaskInvocation call) {
        List<Criterion.Mismatch> out = new ArrayList<>();
        for (Criterion c : criteria) {
            c.test(call).ifPresent(out::add);
        }
        return out;
    }

    boolean answers(TaskInvocation call) {
        for (Criterion c : criteria) {
            if (c.test(call).isPresent()) {
                return false;
            }
        }
        return true;
    }

    /** @param served how many calls this mock answered before; the last response repeats once the others are used */
    ResponseStep responseFor(int served) {
        int left = served;
        for (ResponseStep step : responses) {
            if (left < step.times()) {
                return step;
            }
            left -= step.times();
        }
        return responses.get(responses.size() - 1);
    }

    /** @return the DSL chain that declared this mock, e.g. {@code forResource("arn:…").withParameters({…})} */
    public String description() {
        StringJoiner chain = new StringJoiner(".");
        if (anyTask) {
            chain.add("forAnyTask()");
        }
        criteria.forEach(c -> chain.add(c.label()));
        return chain.toString();
    }
}
