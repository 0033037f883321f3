package dev.stepproof.toolkit.internal.fault;

import dev.stepproof.toolkit.spi.TaskInvocation;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;

/**
 * The chance draws of a chaos plan. Each draw is a hash of the seed, the rule and the call (state, resource,
 * attempt, virtual time, parameters) rather than the next number of one shared generator: so adding a rule for
 * another state, or a state that runs earlier, does not reshuffle the faults of the calls already planned, and
 * the same seed gives the same faults however the plan is reused. Calls identical in all of these (two Map
 * iterations with equal items, started together) are told apart by how many such calls came before.
 */
final class ChaosDraw {

    private final long seed;
    private final Map<String, Integer> seen = new HashMap<>();

    ChaosDraw(long seed) {
        this.seed = seed;
    }

    /** @return a number in [0, 1), the same for the same seed, rule and call */
    double next(int ruleIndex, TaskInvocation call) {
        String key = ruleIndex + "|" + call.stateName() + "|" + call.resource() + "|" + call.attempt() + "|"
                + (call.time() == null ? 0 : call.time().toEpochMilli()) + "|" + call.parameters();
        int occurrence = seen.merge(key, 1, Integer::sum);
        byte[] digest = sha256().digest((seed + "|" + occurrence + "|" + key).getBytes(StandardCharsets.UTF_8));
        long bits = ByteBuffer.wrap(digest).getLong();
        return (bits >>> 11) * 0x1.0p-53;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (java.security.MessageDigest's contract).
            throw new IllegalStateException(e);
        }
    }
}
