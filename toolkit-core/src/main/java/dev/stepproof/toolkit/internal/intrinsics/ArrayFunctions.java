package dev.stepproof.toolkit.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import dev.stepproof.toolkit.internal.dataflow.EvalContext;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;

/**
 * The array intrinsics. Results share their elements with the arguments (no copies): values are immutable
 * once produced (see the dataflow package documentation).
 */
final class ArrayFunctions {

    /** AWS's documented limit on the size of a {@code States.ArrayRange} result. */
    static final int MAX_RANGE_ITEMS = IntrinsicChecker.MAX_RANGE_ITEMS;

    private ArrayFunctions() {
    }

    /** {@code States.Array(values…)}: zero arguments give {@code []} [AWS-REC]. */
    static JsonNode array(JsonNode[] args, CallSite site, EvalContext ctx) {
        ArrayNode out = Nodes.array(args.length);
        for (JsonNode arg : args) {
            out.add(arg);
        }
        return out;
    }

    /** {@code States.ArrayPartition(array, size)}: consecutive chunks, the last possibly shorter. */
    static JsonNode partition(JsonNode[] args, CallSite site, EvalContext ctx) {
        JsonNode array = Args.array(args, 0, site);
        long size = Args.integer(args, 1, site);
        if (size <= 0) {
            throw site.fail("The chunk size must be a positive integer, but is " + size);
        }
        int n = array.size();
        ArrayNode out = Nodes.array((int) ((n + size - 1) / size));
        for (long start = 0; start < n; start += size) {
            int end = (int) Math.min(n, start + size);
            ArrayNode chunk = Nodes.array(end - (int) start);
            for (int i = (int) start; i < end; i++) {
                chunk.add(array.get(i));
            }
            out.add(chunk);
        }
        return out;
    }

    /** {@code States.ArrayContains(array, value)}: deep equality [AWS-REC: {@code [[1,2,3],2]} contains {@code [1,2,3]}]. */
    static JsonNode contains(JsonNode[] args, CallSite site, EvalContext ctx) {
        JsonNode array = Args.array(args, 0, site);
        for (JsonNode item : array) {
            if (JsonEquality.equal(item, args[1])) {
                return BooleanNode.TRUE;
            }
        }
        return BooleanNode.FALSE;
    }

    /**
     * {@code States.ArrayRange(first, last, step)}: from {@code first}, adding {@code step} while not past
     * {@code last} [AWS-REC: (0,10,3) → [0,3,6,9]]. A negative step counts down (the documentation's wording
     * allows it; not recorded). At most {@value #MAX_RANGE_ITEMS} items [DOC]; the size is checked before
     * anything is allocated.
     */
    static JsonNode range(JsonNode[] args, CallSite site, EvalContext ctx) {
        long first = Args.integer(args, 0, site);
        long last = Args.integer(args, 1, site);
        long step = Args.integer(args, 2, site);
        if (step == 0) {
            throw site.fail("The step must not be 0");
        }
        long count = count(first, last, step);
        if (count > MAX_RANGE_ITEMS) {
            throw site.fail("The range would have " + count + " items, but at most " + MAX_RANGE_ITEMS + " are allowed");
        }
        ArrayNode out = Nodes.array((int) count);
        long value = first;
        for (long i = 0; i < count; i++, value += step) {
            out.add(Nodes.integer(value));
        }
        return out;
    }

    private static long count(long first, long last, long step) {
        if (step > 0 ? first > last : first < last) {
            return 0;
        }
        // Exact even for spans beyond long: only the comparison with the limit matters then.
        BigInteger span = BigInteger.valueOf(last).subtract(BigInteger.valueOf(first));
        BigInteger items = span.divide(BigInteger.valueOf(step)).add(BigInteger.ONE);
        return items.bitLength() < 63 ? items.longValue() : Long.MAX_VALUE;
    }

    /** {@code States.ArrayGetItem(array, index)}: 0-based; an index outside the array fails (AWS's verdict unrecorded). */
    static JsonNode getItem(JsonNode[] args, CallSite site, EvalContext ctx) {
        JsonNode array = Args.array(args, 0, site);
        long index = Args.integer(args, 1, site);
        if (index < 0 || index >= array.size()) {
            throw site.fail("The index " + index + " is outside the array of size " + array.size());
        }
        return array.get((int) index);
    }

    static JsonNode length(JsonNode[] args, CallSite site, EvalContext ctx) {
        return IntNode.valueOf(Args.array(args, 0, site).size());
    }

    /** {@code States.ArrayUnique(array)}: drops later duplicates (deep equality), keeping first occurrences in order. */
    static JsonNode unique(JsonNode[] args, CallSite site, EvalContext ctx) {
        JsonNode array = Args.array(args, 0, site);
        Set<Key> seen = new HashSet<>(array.size() * 2);
        ArrayNode out = Nodes.array(array.size());
        for (JsonNode item : array) {
            if (seen.add(new Key(item))) {
                out.add(item);
            }
        }
        return out;
    }

    /** A JSON value as a hash key under {@link JsonEquality}. */
    private static final class Key {
        private final JsonNode node;
        private final int hash;

        Key(JsonNode node) {
            this.node = node;
            this.hash = JsonEquality.hash(node);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && hash == other.hash && JsonEquality.equal(node, other.node);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
