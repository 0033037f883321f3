/**
 * How {@link dev.stepproof.toolkit.Mocks} work inside: {@link dev.stepproof.toolkit.internal.mock.MockDefinition}
 * (a mock's criteria and its responses, immutable), the {@link dev.stepproof.toolkit.internal.mock.Criterion}
 * kinds that decide whether a mock answers a call and, when it does not, say why, the
 * {@link dev.stepproof.toolkit.internal.mock.ResponseStep}s that produce a {@link dev.stepproof.toolkit.spi.TaskResult},
 * the {@link dev.stepproof.toolkit.internal.mock.Dispatcher} that picks a mock and advances its sequence, and
 * {@link dev.stepproof.toolkit.internal.mock.NearMisses}, the "no mock answers" message.
 *
 * <p>Nothing here holds static mutable state. The only state that changes is a dispatcher's per-mock call
 * counters, owned by one {@link dev.stepproof.toolkit.MockSession}, which serialises access to it.
 */
package dev.stepproof.toolkit.internal.mock;
