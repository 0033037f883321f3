package dev.stepproof.toolkit.spi;

/**
 * Answers the Task states of an execution: mocks, fakes, a real HTTP endpoint, or compositions of these.
 * Called on the interpreter's thread, once per attempt; the returned duration advances the virtual clock.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface TaskInvoker {

    /**
     * @param invocation what the state asks for: its name, resource, effective parameters, attempt and context
     * @return the task's raw result (before ResultSelector/ResultPath) or its failure; never null
     */
    TaskResult invoke(TaskInvocation invocation);
}
