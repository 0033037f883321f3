package dev.stepproof.toolkit.internal.path;

import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of compiling an expression: a value or a {@link SyntaxError}. Compilers return this
 * instead of throwing, so that bad user input is data, never an exception.
 *
 * @param <T> the compiled form
 */
public sealed interface Parsed<T> permits Parsed.Ok, Parsed.Err {

    /** A successful compilation. */
    record Ok<T>(T value) implements Parsed<T> {
    }

    /** A failed compilation. */
    record Err<T>(SyntaxError error) implements Parsed<T> {
    }

    static <T> Parsed<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Parsed<T> error(String message, int offset) {
        return new Err<>(new SyntaxError(message, offset));
    }

    static <T> Parsed<T> error(SyntaxError error) {
        return new Err<>(error);
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    /** @return the error, empty when compilation succeeded */
    default Optional<SyntaxError> failure() {
        return this instanceof Err<T> err ? Optional.of(err.error()) : Optional.empty();
    }

    /**
     * @return the compiled value
     * @throws IllegalStateException when compilation failed; check {@link #isOk()} first
     */
    default T orElseThrow() {
        if (this instanceof Ok<T> ok) {
            return ok.value();
        }
        throw new IllegalStateException("Expression did not compile: " + ((Err<T>) this).error());
    }

    /** @return the value mapped, or the same error */
    default <R> Parsed<R> map(Function<? super T, ? extends R> mapper) {
        if (this instanceof Ok<T> ok) {
            return ok(mapper.apply(ok.value()));
        }
        return error(((Err<T>) this).error());
    }
}
