package dev.stepproof.junit;

import org.assertj.core.api.SoftAssertionsProvider;

import java.util.function.Function;

/**
 * How an assert creates the typed asserts it navigates to, and what it does with a failure found while
 * navigating: strict asserts create plain asserts and throw; soft asserts create soft proxies and collect.
 * Without this, {@code softly.assertThat(execution).task("X").calledTimes(1)} would throw at once, because
 * AssertJ's soft proxy only wraps the assert it created, not the asserts its methods return.
 */
interface Navigator {

    /** Plain asserts that throw on the first failure. */
    Navigator STRICT = new Navigator() {
        @Override
        public <A extends StepProofAssert<A, S>, S> A create(Class<A> assertType, Class<S> subjectType, S subject,
                                                              Function<S, A> constructor) {
            return constructor.apply(subject);
        }

        @Override
        public void fail(AssertionError error) {
            throw error;
        }
    };

    /** @return soft proxies that report their failures to {@code provider} */
    static Navigator soft(SoftAssertionsProvider provider) {
        return new Navigator() {
            @Override
            public <A extends StepProofAssert<A, S>, S> A create(Class<A> assertType, Class<S> subjectType, S subject,
                                                                  Function<S, A> constructor) {
                // The proxy calls the public one-argument constructor of assertType itself.
                return provider.proxy(assertType, subjectType, subject);
            }

            @Override
            public void fail(AssertionError error) {
                provider.collectAssertionError(error);
            }
        };
    }

    /** @return a new assert of {@code assertType} on {@code subject}, not yet navigating with this navigator */
    <A extends StepProofAssert<A, S>, S> A create(Class<A> assertType, Class<S> subjectType, S subject,
                                                  Function<S, A> constructor);

    /** Reports a failure found while navigating (e.g. {@code visited("X")} when X was never entered). */
    void fail(AssertionError error);
}
