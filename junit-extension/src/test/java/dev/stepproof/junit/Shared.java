package dev.stepproof.junit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values shared by the tests of one engine run (an EngineKit fixture), kept in the root context's store so
 * that fixtures need no static mutable state. Inject it as a parameter after registering {@link Resolver}.
 */
final class Shared {

    private final Map<String, Object> values = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> initial) {
        return (T) values.computeIfAbsent(key, k -> initial.get());
    }

    void put(String key, Object value) {
        values.put(key, value);
    }

    /** Resolves {@link Shared} parameters to the engine run's single instance. */
    static final class Resolver implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Shared.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.create(Shared.class))
                    .getOrComputeIfAbsent(Shared.class, type -> new Shared(), Shared.class);
        }
    }
}
