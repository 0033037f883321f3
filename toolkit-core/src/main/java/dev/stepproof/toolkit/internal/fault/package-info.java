/**
 * How a {@link dev.stepproof.toolkit.FaultPlan} is applied around a task invoker: which rule a call matches
 * ({@link dev.stepproof.toolkit.internal.fault.Selector}, {@link dev.stepproof.toolkit.internal.fault.ResourcePattern}),
 * whether it fires ({@link dev.stepproof.toolkit.internal.fault.ChaosDraw} for probabilities,
 * {@link dev.stepproof.toolkit.internal.fault.RateLimiter} for rate limits), and what the call then returns
 * ({@link dev.stepproof.toolkit.internal.fault.FaultEffects}). {@link dev.stepproof.toolkit.internal.fault.FaultEngine}
 * ties them together and records every fault it injects.
 *
 * <p>Nothing here reads a clock or a global random source: decisions depend only on the plan, its seed and the
 * calls (their state, attempt, virtual time and parameters), so an execution replays exactly.
 */
package dev.stepproof.toolkit.internal.fault;
