package dev.stepproof.toolkit;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Where a distributed Map's {@code ResultWriter} ({@code arn:aws:states:::s3:putObject}) writes: the test's view of
 * the S3 objects an execution created. Pass one with {@link ExecutionOptions#withS3Output(S3Output)} and read it
 * after the run; without one, written results are counted and dropped. Thread-safe, so one output may serve
 * executions running in parallel (keys then include each Map Run's id, as on AWS, so they do not collide).
 *
 * <ul>
 *   <li>{@link #inMemory()} keeps the bytes on the heap: right for tests with up to some thousand items;</li>
 *   <li>{@link #inDirectory(Path)} writes each object to {@code <dir>/<bucket>/<key>}: right for big runs, the
 *       files are written as the child executions finish, never held in memory;</li>
 *   <li>{@link #discarding()} keeps only the keys and sizes.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public final class S3Output {

    private enum Kind { MEMORY, DIRECTORY, DISCARD }

    private final Kind kind;
    private final Path directory;
    /** "bucket\u0000key" to bytes (memory) or to the size in bytes (directory, discard). */
    private final Map<String, Object> objects = new ConcurrentSkipListMap<>();

    private S3Output(Kind kind, Path directory) {
        this.kind = kind;
        this.directory = directory;
    }

    /** @return an output that keeps objects on the heap */
    public static S3Output inMemory() {
        return new S3Output(Kind.MEMORY, null);
    }

    /** @param directory created if missing; objects go to {@code <directory>/<bucket>/<key>} */
    public static S3Output inDirectory(Path directory) {
        return new S3Output(Kind.DIRECTORY, Objects.requireNonNull(directory, "directory"));
    }

    /** @return an output that keeps only keys and sizes */
    public static S3Output discarding() {
        return new S3Output(Kind.DISCARD, null);
    }

    /**
     * Creates or replaces an object. The object becomes visible when the stream is closed.
     *
     * @return the stream to write the body to; the caller closes it
     * @throws UncheckedIOException when a directory-backed output cannot create the file
     */
    public OutputStream create(String bucket, String key) {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        String id = bucket + '\u0000' + key;
        switch (kind) {
            case MEMORY -> {
                return new ByteArrayOutputStream() {
                    @Override
                    public void close() {
                        objects.put(id, toByteArray());
                    }
                };
            }
            case DIRECTORY -> {
                Path file = file(bucket, key);
                try {
                    Files.createDirectories(file.getParent());
                    return new Counting(Files.newOutputStream(file), id);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write s3://" + bucket + "/" + key + " to " + file, e);
                }
            }
            default -> {
                return new Counting(OutputStream.nullOutputStream(), id);
            }
        }
    }

    /** Counts bytes so that {@link #size} works without reading the file back. */
    private final class Counting extends FilterOutputStream {
        private final String id;
        private long count;

        Counting(OutputStream out, String id) {
            super(out);
            this.id = id;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            super.close();
            objects.put(id, count);
        }
    }

    private Path file(String bucket, String key) {
        Path file = directory.resolve(bucket).resolve(key).normalize();
        if (!file.startsWith(directory.normalize())) {
            throw new IllegalArgumentException("S3 key '" + key + "' in bucket '" + bucket
                    + "' would leave the output directory " + directory + "; use a key without '..'");
        }
        return file;
    }

    /** @return the keys written to {@code bucket}, in order */
    public List<String> keys(String bucket) {
        List<String> keys = new ArrayList<>();
        String start = bucket + '\u0000';
        for (String id : objects.keySet()) {
            if (id.startsWith(start)) {
                keys.add(id.substring(start.length()));
            }
        }
        return keys;
    }

    /** @return the size in bytes of a written object, or -1 when it was not written */
    public long size(String bucket, String key) {
        Object value = objects.get(bucket + '\u0000' + key);
        return value == null ? -1 : value instanceof byte[] bytes ? bytes.length : (Long) value;
    }

    /**
     * @return the body of a written object as UTF-8 text; empty when it was not written or the output discards
     *         bodies
     */
    public Optional<String> text(String bucket, String key) {
        Object value = objects.get(bucket + '\u0000' + key);
        if (value == null || kind == Kind.DISCARD) {
            return Optional.empty();
        }
        if (value instanceof byte[] bytes) {
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        }
        try {
            return Optional.of(Files.readString(file(bucket, key)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back s3://" + bucket + "/" + key, e);
        }
    }

    /**
     * @return the written objects as an input store, e.g. for a later execution whose ItemReader reads a manifest
     *         (bodies of a directory-backed output stay files; a discarding output gives empty bodies)
     */
    public S3Objects asObjects() {
        S3Objects.Builder b = S3Objects.builder();
        for (Map.Entry<String, Object> e : objects.entrySet()) {
            int cut = e.getKey().indexOf('\u0000');
            String bucket = e.getKey().substring(0, cut);
            String key = e.getKey().substring(cut + 1);
            if (e.getValue() instanceof byte[] bytes) {
                b.put(bucket, key, bytes);
            } else if (kind == Kind.DIRECTORY) {
                b.putFile(bucket, key, file(bucket, key));
            } else {
                b.put(bucket, key, new byte[0]);
            }
        }
        return b.build();
    }
}
