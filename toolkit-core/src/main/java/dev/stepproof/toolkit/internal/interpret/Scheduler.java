package dev.stepproof.toolkit.internal.interpret;

import java.util.ArrayDeque;
import java.util.PriorityQueue;

/**
 * The discrete-event core: virtual time in milliseconds and the work due at each instant. Work due now runs
 * first-in first-out (so concurrent branches interleave state by state, in a fixed order); later work runs in
 * order of time, then of scheduling. Nothing ever sleeps: running out of work due now jumps the clock.
 */
final class Scheduler {

    private record Timed(long time, long seq, Runnable task) implements Comparable<Timed> {
        @Override
        public int compareTo(Timed o) {
            int c = Long.compare(time, o.time);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    private final ArrayDeque<Runnable> now = new ArrayDeque<>();
    private final PriorityQueue<Timed> later = new PriorityQueue<>();
    private long clock;
    private long seq;
    private boolean stopped;

    Scheduler(long startMillis) {
        this.clock = startMillis;
    }

    long now() {
        return clock;
    }

    void soon(Runnable task) {
        now.addLast(task);
    }

    void at(long time, Runnable task) {
        if (time <= clock) {
            now.addLast(task);
        } else {
            later.add(new Timed(time, seq++, task));
        }
    }

    /** Drops all pending work: the execution has ended. */
    void stop() {
        stopped = true;
        now.clear();
        later.clear();
    }

    void run() {
        // Batches keep the outer loop short-lived per call, so the JIT compiles runBatch as an ordinary method
        // rather than relying on on-stack replacement of one long loop, which deoptimised into the interpreter
        // for whole executions.
        while (runBatch(256)) {
            // keep going
        }
    }

    /** Runs up to {@code max} tasks; returns whether work may remain. */
    private boolean runBatch(int max) {
        for (int i = 0; i < max; i++) {
            if (stopped) {
                return false;
            }
            Runnable task = now.pollFirst();
            if (task == null) {
                Timed next = later.poll();
                if (next == null) {
                    return false;
                }
                clock = next.time;
                task = next.task;
            }
            task.run();
        }
        return true;
    }
}
