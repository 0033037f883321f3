package dev.stepproof.toolkit.internal.mock;

import dev.stepproof.toolkit.spi.TaskInvocation;

import java.util.Optional;

/**
 * One condition a mock puts on a call: the state's name, the resource, the parameters, a predicate. A mock
 * answers a call when all its criteria hold; when one does not, its {@link Mismatch} says why, for the
 * near-miss message.
 */
public sealed interface Criterion
        permits StateNameCriterion, ResourceCriterion, ParametersCriterion, PredicateCriterion {

    /** @return empty when {@code call} meets this criterion, else why it does not; never null */
    Optional<Mismatch> test(TaskInvocation call);

    /** @return the DSL call that declared this criterion, e.g. {@code forState("Charge")} */
    String label();

    /**
     * Why a call missed a criterion.
     *
     * @param reason   e.g. {@code state name expected 'Charge' but was 'Charges' (1 edit apart)}
     * @param distance how far the call is from meeting the criterion (edit distance for names, number of
     *                 differences for parameters, 1 for a predicate); ranks the nearest mocks
     */
    record Mismatch(String reason, int distance) {
    }
}
