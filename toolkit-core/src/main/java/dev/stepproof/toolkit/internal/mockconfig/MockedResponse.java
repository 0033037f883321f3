package dev.stepproof.toolkit.internal.mockconfig;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named entry of {@code MockedResponses}: answers by invocation, in order and without gaps from 0 (the reader
 * guarantees it).
 *
 * @param name   the response's name
 * @param ranges sorted by first invocation; copied
 */
public record MockedResponse(String name, List<InvocationRange> ranges) {
    public MockedResponse {
        Objects.requireNonNull(name, "name");
        ranges = List.copyOf(ranges);
    }

    /** @return the answer for the 0-based {@code invocation}, or empty past the last defined one */
    public Optional<MockAnswer> answerFor(int invocation) {
        for (InvocationRange r : ranges) {
            if (r.covers(invocation)) {
                return Optional.of(r.answer());
            }
        }
        return Optional.empty();
    }

    /** @return how many invocations are answered (the last defined one plus 1) */
    public int invocations() {
        return ranges.isEmpty() ? 0 : ranges.get(ranges.size() - 1).last() + 1;
    }
}
