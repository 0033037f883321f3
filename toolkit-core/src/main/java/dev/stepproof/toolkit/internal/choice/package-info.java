/**
 * The two states that only decide where or when to go next. Choice rules compile once
 * ({@link dev.stepproof.toolkit.internal.choice.ChoiceCompiler}) into small condition nodes that the interpreter
 * evaluates per visit with the comparison semantics AWS was recorded with; Wait states compile into a
 * {@link dev.stepproof.toolkit.internal.choice.WaitCalculator} that turns the current virtual time into the time
 * the wait ends, raising AWS's {@code States.Runtime} texts for bad {@code SecondsPath}/{@code TimestampPath}
 * values.
 */
package dev.stepproof.toolkit.internal.choice;
