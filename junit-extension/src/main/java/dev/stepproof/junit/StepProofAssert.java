package dev.stepproof.junit;

import dev.stepproof.toolkit.Execution;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.error.ErrorMessageFactory;

import java.util.List;
import java.util.function.Function;

/**
 * What StepProof's asserts share: a JSON-aware representation, navigation to typed asserts that stay strict
 * or soft like their parent, and the path of the execution for messages.
 *
 * @param <SELF>   the assert type itself
 * @param <ACTUAL> the value under test
 * @since 0.1.0
 */
public abstract class StepProofAssert<SELF extends StepProofAssert<SELF, ACTUAL>, ACTUAL>
        extends AbstractAssert<SELF, ACTUAL> {

    private Navigator navigator = Navigator.STRICT;

    /**
     * @param actual   the value under test; may be null (assertions then fail)
     * @param selfType the assert type itself
     */
    protected StepProofAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
        // Wrap the representation configured now, so a user's global representation still renders other values.
        info.useRepresentation(new JsonRepresentation(info.representation()));
    }

    /** Makes this assert create (and fail) through {@code n}; used right after creation only. */
    @SuppressWarnings("unchecked")
    SELF navigatingWith(Navigator n) {
        this.navigator = n;
        return (SELF) this;
    }

    /** @return a typed assert on {@code subject} that shares this assert's description, representation and mode */
    <A extends StepProofAssert<A, S>, S> A navigate(Class<A> assertType, Class<S> subjectType, S subject,
                                                    Function<S, A> constructor) {
        A child = navigator.create(assertType, subjectType, subject, constructor);
        child.navigatingWith(navigator);
        return child.describedAs(info.description()).withRepresentation(info.representation());
    }

    /** Fails now when strict, or records the failure when soft, and lets navigation go on either way. */
    void failWhileNavigating(ErrorMessageFactory message) {
        navigator.fail(assertionError(message));
    }

    /** Fails when a navigated-to assert was reached from a null execution. */
    void requireExecution(Execution execution) {
        if (execution == null) {
            failWithMessage("Expecting actual execution not to be null");
        }
    }

    static List<String> pathOf(Execution execution) {
        return execution.history().statesEntered();
    }
}
