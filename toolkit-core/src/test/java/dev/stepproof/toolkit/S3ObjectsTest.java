package dev.stepproof.toolkit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

/** The test's S3: objects to read, listed in key order; outputs kept in memory, in a directory or dropped. */
class S3ObjectsTest {

    @Test
    void should_list_keys_under_a_prefix_in_key_order_and_replace_a_key_put_twice() throws IOException {
        // GIVEN
        S3Objects objects = S3Objects.builder().put("b", "p/2", "two").put("b", "p/1", "one").put("b", "q/3", "x")
                .put("b", "p/1", "uno").build();
        // WHEN / THEN
        then(objects.list("b", "p/")).extracting(S3Objects.S3Object::key).containsExactly("p/1", "p/2");
        then(objects.list("missing", "")).isEmpty();
        try (var in = objects.get("b", "p/1").orElseThrow().open()) {
            then(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("uno");
        }
        then(objects.toBuilder().put("c", "k", "").build().hasBucket("c")).isTrue();
        then(objects.hasBucket("c")).isFalse();
    }

    @Test
    void should_refuse_a_file_that_does_not_exist_with_the_object_named(@TempDir Path dir) {
        // WHEN
        Throwable t = catchThrowable(() -> S3Objects.builder().putFile("b", "k", dir.resolve("none.csv")));
        // THEN
        then(t).isInstanceOf(UncheckedIOException.class).hasMessageContaining("s3://b/k").hasMessageContaining("none.csv");
    }

    @Test
    void should_write_objects_to_a_directory_and_refuse_keys_that_leave_it(@TempDir Path dir) throws IOException {
        // GIVEN
        S3Output output = S3Output.inDirectory(dir);
        // WHEN
        try (OutputStream out = output.create("b", "a/x.json")) {
            out.write("[1]".getBytes(StandardCharsets.UTF_8));
        }
        Throwable escape = catchThrowable(() -> output.create("b", "../../etc/passwd"));
        // THEN
        then(Files.readString(dir.resolve("b/a/x.json"))).isEqualTo("[1]");
        then(output.size("b", "a/x.json")).isEqualTo(3);
        then(output.text("b", "a/x.json")).contains("[1]");
        then(output.asObjects().get("b", "a/x.json")).isPresent();
        then(escape).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("would leave the output directory");
    }

    @Test
    void should_keep_only_sizes_when_discarding() throws IOException {
        // GIVEN
        S3Output output = S3Output.discarding();
        // WHEN
        try (OutputStream out = output.create("b", "k")) {
            out.write(new byte[10]);
        }
        // THEN
        then(output.keys("b")).containsExactly("k");
        then(output.size("b", "k")).isEqualTo(10);
        then(output.text("b", "k")).isEmpty();
    }
}
