package dev.stepproof.toolkit.internal.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Utils;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;

/**
 * Watches one evaluation through jsonata-java's entry and exit callbacks, for two things the engine's API does
 * not give:
 * <ul>
 *   <li>the root's raw result: {@code Jsonata.evaluate} turns a JSON {@code null} result into Java null, the
 *       same as <i>undefined</i>, and AWS treats the two differently. The root is the last node to exit, so
 *       its raw value is what the exit callback saw last.</li>
 *   <li>AWS's bounds (3P, measured on AWS): nesting deeper than {@value #MAX_DEPTH} fails with JSONata's
 *       stack overflow message, and an expression that runs longer than {@value #TIMEOUT_MILLIS} ms with its
 *       timeout message. JSONata optimises tail calls, so a runaway recursion loops instead of overflowing.</li>
 * </ul>
 * The callback interfaces take jsonata-java's package-private parse-tree type, so they can only be implemented
 * through {@link Proxy}; the proxy constructors are looked up once.
 */
final class EvaluationProbe implements InvocationHandler {
    static final int MAX_DEPTH = 100;
    static final long TIMEOUT_MILLIS = 5000;
    static final String STACK_OVERFLOW = "Stack overflow error: Check for non-terminating recursive function.  "
            + "Consider rewriting as tail-recursive.";
    static final String TIMEOUT = "Expression evaluation timeout: Check for infinite loop";
    /** Reading the clock at every node would cost more than the node; every 1024th is enough. */
    private static final int CLOCK_MASK = 1023;

    private static final Constructor<?> ENTRY = proxyConstructor(Jsonata.EntryCallback.class);
    private static final Constructor<?> EXIT = proxyConstructor(Jsonata.ExitCallback.class);

    private final long started = System.currentTimeMillis();
    private int depth;
    private long nodes;
    private Object last;

    /** Installs a new probe's callbacks in {@code frame}, the evaluation's bindings. */
    static EvaluationProbe install(Jsonata.Frame frame) {
        EvaluationProbe probe = new EvaluationProbe();
        frame.bind("__evaluate_entry", probe.proxy(ENTRY));
        frame.bind("__evaluate_exit", probe.proxy(EXIT));
        return probe;
    }

    /** @return whether the engine's null result was a JSON null (rather than undefined) */
    boolean resultWasJsonNull() {
        if (last == Jsonata.NULL_VALUE) {
            return true;
        }
        // A one-element sequence collapses to its element after the exit callback has seen it.
        return Utils.isSequence(last) && ((List<?>) last).size() == 1 && ((List<?>) last).get(0) == Jsonata.NULL_VALUE;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
        if (!"callback".equals(method.getName())) {
            return objectMethod(proxy, method, args);
        }
        boolean counted = !((Jsonata.Frame) args[2]).isParallelCall;
        if (args.length == 4) {
            last = args[3];
            depth -= counted ? 1 : 0;
        } else if (counted) {
            depth++;
            if (depth > MAX_DEPTH) {
                throw new BoundExceeded(STACK_OVERFLOW);
            }
            if ((++nodes & CLOCK_MASK) == 0 && System.currentTimeMillis() - started > TIMEOUT_MILLIS) {
                throw new BoundExceeded(TIMEOUT);
            }
        }
        return null;
    }

    private Object objectMethod(Object proxy, Method method, Object[] args) {
        switch (method.getName()) {
            case "equals":
                return proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            default:
                return "EvaluationProbe";
        }
    }

    private Object proxy(Constructor<?> constructor) {
        try {
            return constructor.newInstance(this);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot instantiate a jsonata-java callback proxy", e);
        }
    }

    private static Constructor<?> proxyConstructor(Class<?> callback) {
        Object sample = Proxy.newProxyInstance(EvaluationProbe.class.getClassLoader(), new Class<?>[]{callback},
                (proxy, method, args) -> null);
        try {
            return sample.getClass().getConstructor(InvocationHandler.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("A dynamic proxy class has no InvocationHandler constructor", e);
        }
    }

    /** One of AWS's evaluation bounds was exceeded; its message has no JSONata code. */
    static final class BoundExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BoundExceeded(String message) {
            super(message, null, false, false);
        }
    }
}
