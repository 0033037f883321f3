package dev.stepproof.toolkit.model;

/**
 * One method per state type, so that adding a type breaks every handler at compile time (Java 17 has no
 * pattern {@code switch} over sealed types).
 *
 * @param <R> the result type
 * @since 0.1.0
 */
public interface StateVisitor<R> {

    R visitTask(TaskState state);

    R visitPass(PassState state);

    R visitChoice(ChoiceState state);

    R visitWait(WaitState state);

    R visitSucceed(SucceedState state);

    R visitFail(FailState state);

    R visitParallel(ParallelState state);

    R visitMap(MapState state);
}
