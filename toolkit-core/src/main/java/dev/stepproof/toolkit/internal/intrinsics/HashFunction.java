package dev.stepproof.toolkit.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stepproof.toolkit.internal.dataflow.EvalContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code States.Hash(data, algorithm)}: the lower-case hex digest of the UTF-8 bytes of {@code data} (a string of
 * at most 10,000 characters) with MD5, SHA-1, SHA-256, SHA-384 or SHA-512, names exactly as written.
 *
 * <p>{@code MessageDigest.getInstance} looks the algorithm up through the security providers on every call. A
 * call site therefore looks its digests up once, at compile time, and clones a pristine prototype per
 * evaluation; prototypes are never updated, so concurrent clones are safe.
 */
final class HashFunction implements Implementation {

    static final List<String> ALGORITHMS = IntrinsicChecker.HASH_ALGORITHMS;

    /** Index-aligned with {@link #ALGORITHMS}; null where the algorithm is known not to be used. */
    private final MessageDigest[] prototypes;

    private HashFunction(MessageDigest[] prototypes) {
        this.prototypes = prototypes;
    }

    /** @param algorithm the second argument: a literal narrows the prototypes to one */
    static HashFunction compile(IntrinsicArg algorithm) {
        MessageDigest[] prototypes = new MessageDigest[ALGORITHMS.size()];
        String literal = algorithm instanceof IntrinsicArg.Str s ? s.value() : null;
        for (int i = 0; i < prototypes.length; i++) {
            if (literal == null || literal.equals(ALGORITHMS.get(i))) {
                prototypes[i] = lookUp(ALGORITHMS.get(i));
            }
        }
        return new HashFunction(prototypes);
    }

    @Override
    public JsonNode apply(JsonNode[] args, CallSite site, EvalContext ctx) {
        String data = EncodingFunctions.limited(args, site);
        String algorithm = Args.string(args, 1, site);
        int index = ALGORITHMS.indexOf(algorithm);
        if (index < 0 || prototypes[index] == null) {
            throw site.fail("The hash algorithm must be one of " + String.join(", ", ALGORITHMS) + ", but is '"
                    + algorithm + "'");
        }
        byte[] digest = fresh(prototypes[index]).digest(data.getBytes(StandardCharsets.UTF_8));
        return TextNode.valueOf(HexFormat.of().formatHex(digest));
    }

    private static MessageDigest fresh(MessageDigest prototype) {
        try {
            return (MessageDigest) prototype.clone();
        } catch (CloneNotSupportedException e) {
            return lookUp(prototype.getAlgorithm());
        }
    }

    private static MessageDigest lookUp(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            // Every Java SE platform must provide MD5, SHA-1 and SHA-256; SHA-384/512 ship with every JDK.
            throw new IllegalStateException("This Java runtime lacks the " + algorithm + " message digest", e);
        }
    }
}
