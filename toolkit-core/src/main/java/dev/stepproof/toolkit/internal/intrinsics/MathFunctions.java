package dev.stepproof.toolkit.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.dataflow.EvalContext;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/** {@code States.MathAdd} and {@code States.MathRandom}: integer results, non-integers rounded with {@code Math.round}. */
final class MathFunctions {

    private MathFunctions() {
    }

    /**
     * {@code States.MathAdd(a, b)}: each operand is rounded with Java's {@code Math.round} (half toward positive
     * infinity) before adding [AWS-REC: 1.49+1.5=3, -2.5+0=-2, 0.5+0=1]. The sum is an integer node.
     */
    static JsonNode add(JsonNode[] args, CallSite site, EvalContext ctx) {
        long a = Args.rounded(args, 0, site);
        long b = Args.rounded(args, 1, site);
        long sum = a + b;
        if (((a ^ sum) & (b ^ sum)) < 0) {
            throw site.fail("The sum " + a + " + " + b + " is out of range");
        }
        return Nodes.integer(sum);
    }

    /**
     * {@code States.MathRandom(start, end[, seed])}: an integer between the rounded bounds, both included (the
     * documentation's "between"; AWS's treatment of {@code end} is unrecorded). Non-integer bounds are accepted
     * [AWS-REC: (12.5, 44.51) succeeded]. With a seed the value comes from a generator seeded by it, so the same
     * seed gives the same number; without one from the execution's seeded random source, so runs are repeatable.
     */
    static JsonNode random(JsonNode[] args, CallSite site, EvalContext ctx) {
        long start = Args.rounded(args, 0, site);
        long end = Args.rounded(args, 1, site);
        if (start > end) {
            throw site.fail("The start " + start + " must not be greater than the end " + end);
        }
        RandomGenerator random = args.length > 2 ? new SplittableRandom(Args.rounded(args, 2, site)) : ctx.random();
        long value = end == Long.MAX_VALUE ? inclusive(random, start, end) : random.nextLong(start, end + 1);
        return Nodes.integer(value);
    }

    private static long inclusive(RandomGenerator random, long start, long end) {
        if (start == Long.MIN_VALUE) {
            return random.nextLong();
        }
        return random.nextLong(start - 1, end) + 1;
    }
}
