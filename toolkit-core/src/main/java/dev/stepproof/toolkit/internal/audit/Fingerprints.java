package dev.stepproof.toolkit.internal.audit;

import dev.stepproof.toolkit.audit.Finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable identities for findings: SHA-256 over rule id, file, machine, pointer and evidence, never line numbers
 * (which move with unrelated edits) and never a secret's value (evidence for secrets is already a hash).
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    /** @return the first 32 hex digits of the digest */
    public static String of(Finding f) {
        String key = String.join("\n", f.ruleId(), f.location().source().replace('\\', '/'), f.machine(),
                f.location().pointer(), f.evidence());
        return sha256(key).substring(0, 32);
    }

    /** @return the hex SHA-256 of {@code text} */
    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JRE", e);
        }
    }
}
