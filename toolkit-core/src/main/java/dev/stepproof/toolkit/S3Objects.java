package dev.stepproof.toolkit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The S3 objects a distributed Map's {@code ItemReader} reads ({@code arn:aws:states:::s3:getObject} and
 * {@code s3:listObjectsV2}). Immutable; build one with {@link #builder()} and hand it to
 * {@link ExecutionOptions#withS3Objects(S3Objects)}. Bodies are never loaded whole: text and bytes given inline are
 * kept as given, files and stream suppliers are opened when an execution reads them and read item by item, so a
 * multi-gigabyte JSONL or CSV file can feed a Map.
 *
 * <pre>{@code
 * S3Objects objects = S3Objects.builder()
 *         .put("orders", "2026/orders.csv", "id,amount\n1,10\n")
 *         .putFile("orders", "2026/big.jsonl", Path.of("src/test/resources/big.jsonl"))
 *         .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class S3Objects {

    private static final S3Objects EMPTY = new S3Objects(Map.of());

    /**
     * One stored object: how to open its body, its size when known, and its listing metadata.
     *
     * @param bucket       the bucket name
     * @param key          the object key
     * @param body         opens a fresh stream over the body on each call
     * @param size         the body's size in bytes, or -1 when not known before reading
     * @param lastModified the {@code LastModified} time that {@code listObjectsV2} reports
     * @param storageClass the {@code StorageClass} that {@code listObjectsV2} reports, {@code STANDARD} by default
     */
    public record S3Object(String bucket, String key, Supplier<InputStream> body, long size, Instant lastModified,
                           String storageClass) {
        public S3Object {
            Objects.requireNonNull(bucket, "bucket");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(lastModified, "lastModified");
            Objects.requireNonNull(storageClass, "storageClass");
        }

        /** @return a new stream over the body; the caller closes it */
        public InputStream open() {
            return body.get();
        }
    }

    private final Map<String, NavigableMap<String, S3Object>> buckets;

    private S3Objects(Map<String, NavigableMap<String, S3Object>> buckets) {
        this.buckets = buckets;
    }

    /** @return a store without buckets (the default of {@link ExecutionOptions}) */
    public static S3Objects empty() {
        return EMPTY;
    }

    /** @return a builder for a new store */
    public static Builder builder() {
        return new Builder();
    }

    /** @return whether bucket {@code bucket} exists (has at least one object) */
    public boolean hasBucket(String bucket) {
        return buckets.containsKey(bucket);
    }

    /** @return the object, or empty when the bucket or key does not exist */
    public Optional<S3Object> get(String bucket, String key) {
        NavigableMap<String, S3Object> objects = buckets.get(bucket);
        return Optional.ofNullable(objects == null ? null : objects.get(key));
    }

    /**
     * @param prefix the key prefix, empty or null for all
     * @return the bucket's objects whose key starts with {@code prefix}, in key (UTF-8 binary) order as S3 lists
     *         them; empty when the bucket does not exist
     */
    public List<S3Object> list(String bucket, String prefix) {
        NavigableMap<String, S3Object> objects = buckets.get(bucket);
        if (objects == null) {
            return List.of();
        }
        String p = prefix == null ? "" : prefix;
        return objects.tailMap(p, true).values().stream().takeWhile(o -> o.key().startsWith(p)).toList();
    }

    /** @return a builder holding this store's objects, to add more */
    public Builder toBuilder() {
        Builder b = new Builder();
        buckets.forEach((bucket, objects) -> b.buckets.put(bucket, new TreeMap<>(objects)));
        return b;
    }

    /**
     * Collects objects; a later {@code put} of the same bucket and key replaces the earlier one.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private static final Instant DEFAULT_MODIFIED = Instant.parse("2026-01-01T00:00:00Z");
        private final Map<String, NavigableMap<String, S3Object>> buckets = new TreeMap<>();
        private Instant lastModified = DEFAULT_MODIFIED;

        private Builder() {
        }

        /** @param time the {@code LastModified} of the objects put after this call (default 2026-01-01T00:00:00Z) */
        public Builder lastModified(Instant time) {
            this.lastModified = Objects.requireNonNull(time, "time");
            return this;
        }

        /** @param body the object's text, stored as UTF-8 */
        public Builder put(String bucket, String key, String body) {
            return put(bucket, key, Objects.requireNonNull(body, "body").getBytes(StandardCharsets.UTF_8));
        }

        /** @param body the object's bytes; copied */
        public Builder put(String bucket, String key, byte[] body) {
            byte[] copy = Objects.requireNonNull(body, "body").clone();
            return add(new S3Object(bucket, key, () -> new ByteArrayInputStream(copy), copy.length, lastModified, "STANDARD"));
        }

        /**
         * @param file a file whose content is the body; read (streamed) each time an execution reads the object,
         *             so it must exist then
         */
        public Builder putFile(String bucket, String key, Path file) {
            Objects.requireNonNull(file, "file");
            long size;
            try {
                size = Files.size(file);
            } catch (IOException e) {
                throw new UncheckedIOException("S3 object s3://" + bucket + "/" + key + ": cannot read " + file
                        + " (" + e.getMessage() + "); give an existing, readable file", e);
            }
            return add(new S3Object(bucket, key, () -> {
                try {
                    return Files.newInputStream(file);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot open " + file + " for s3://" + bucket + "/" + key, e);
                }
            }, size, lastModified, "STANDARD"));
        }

        /**
         * @param body opens a fresh stream over the body each time an execution reads the object (e.g. a generator
         *             of a million CSV rows); {@code size} is what listings report, -1 when unknown
         */
        public Builder put(String bucket, String key, Supplier<InputStream> body, long size) {
            return add(new S3Object(bucket, key, body, size, lastModified, "STANDARD"));
        }

        /** @param object an object with all its metadata */
        public Builder put(S3Object object) {
            return add(Objects.requireNonNull(object, "object"));
        }

        private Builder add(S3Object object) {
            if (object.bucket().isEmpty()) {
                throw new IllegalArgumentException("S3 object with key '" + object.key() + "': the bucket name is empty");
            }
            buckets.computeIfAbsent(object.bucket(), b -> new TreeMap<>()).put(object.key(), object);
            return this;
        }

        /** @return the immutable store */
        public S3Objects build() {
            Map<String, NavigableMap<String, S3Object>> copy = new TreeMap<>();
            buckets.forEach((bucket, objects) -> copy.put(bucket, Collections.unmodifiableNavigableMap(new TreeMap<>(objects))));
            return new S3Objects(Collections.unmodifiableMap(copy));
        }
    }
}
