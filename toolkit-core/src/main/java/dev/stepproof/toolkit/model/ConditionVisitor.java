package dev.stepproof.toolkit.model;

/**
 * One method per {@link Condition} variant, so that handlers stay exhaustive on Java 17.
 *
 * @param <R> the result type
 * @since 0.1.0
 */
public interface ConditionVisitor<R> {

    R visitComparison(Comparison comparison);

    R visitAnd(Condition.And and);

    R visitOr(Condition.Or or);

    R visitNot(Condition.Not not);

    R visitJsonata(Condition.Jsonata jsonata);
}
