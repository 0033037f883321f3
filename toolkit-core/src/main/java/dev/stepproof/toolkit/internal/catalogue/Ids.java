package dev.stepproof.toolkit.internal.catalogue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.zip.CRC32;

/**
 * Ids and checksums as pure functions of their input: a response envelope's request id or message id is derived
 * from the call (name-based UUIDs), never drawn at random, so running the same execution twice gives the same
 * history, byte for byte.
 */
final class Ids {

    private Ids() {
    }

    /** A version-3 (name-based) UUID of {@code salt} and {@code seed}: same call, same id; another salt, another id. */
    static String uuid(String seed, String salt) {
        return UUID.nameUUIDFromBytes((salt + "|" + seed).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** {@code length} lower-case hex digits derived from {@code salt} and {@code seed} (Glue run ids, ECS task ids). */
    static String hex(String seed, String salt, int length) {
        StringBuilder sb = new StringBuilder(length + 32);
        for (int block = 0; sb.length() < length; block++) {
            sb.append(md5Hex(salt + "|" + block + "|" + seed));
        }
        return sb.substring(0, length);
    }

    /** MD5 of the UTF-8 bytes, as SQS computes MD5OfMessageBody and S3 an ETag: 32 lower-case hex digits. */
    static String md5Hex(String text) {
        return HexFormat.of().formatHex(md5().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** CRC-32 of the UTF-8 bytes, base64 of its four big-endian bytes, as S3 reports ChecksumCRC32. */
    static String crc32Base64(String text) {
        long value = crc32(text);
        byte[] bytes = {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** CRC-32 of the UTF-8 bytes as an unsigned decimal, as DynamoDB's {@code x-amz-crc32} header carries it. */
    static long crc32(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide MD5 (java.security.MessageDigest's contract).
            throw new IllegalStateException(e);
        }
    }
}
