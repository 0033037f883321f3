package dev.stepproof.toolkit;

import dev.stepproof.toolkit.DefinitionReader.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

/** Hostile and broken definitions: each gives coded, located diagnostics and never an exception. */
class DefinitionReaderBadInputTest {

    private final DefinitionReader reader = DefinitionReader.standard();

    @TempDir
    Path dir;

    @Test
    void should_report_an_empty_file() throws IOException {
        // GIVEN
        Path file = Files.writeString(dir.resolve("empty.asl.json"), "");
        // WHEN
        ReadResult result = reader.read(file);
        // THEN
        then(result.isValid()).isFalse();
        then(result.errors()).singleElement().satisfies(d -> {
            then(d.code()).isEqualTo("SP-R001");
            then(d.source()).endsWith("empty.asl.json");
            then(d.message()).isEqualTo("The definition is empty.");
            then(d.position()).isEqualTo(new SourcePosition(1, 1));
        });
    }

    @Test
    void should_report_text_that_is_not_json_with_line_and_column() throws IOException {
        // GIVEN
        Path file = Files.writeString(dir.resolve("broken.asl.json"), "{\n  \"StartAt\": \"A\",\n  \"States\": { oops }\n}");
        // WHEN
        ReadResult result = reader.read(file);
        // THEN
        then(result.errors()).singleElement().satisfies(d -> {
            then(d.code()).isEqualTo("SP-R002");
            then(d.position()).isEqualTo(new SourcePosition(3, 15));
            then(d.message()).startsWith("The definition is not valid JSON: Unexpected character ('o'");
        });
    }

    @Test
    void should_refuse_a_50_megabyte_file_without_reading_it() throws IOException {
        // GIVEN
        Path file = dir.resolve("huge.asl.json");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"End\":true,\"Result\":\"");
            char[] block = new char[1 << 20];
            java.util.Arrays.fill(block, 'x');
            for (int i = 0; i < 50; i++) {
                w.write(block);
            }
            w.write("\"}}}");
        }
        // WHEN
        ReadResult result = reader.read(file);
        // THEN
        then(result.errors()).singleElement().satisfies(d -> {
            then(d.code()).isEqualTo("SP-R004");
            then(d.message()).isEqualTo("The definition is 52428869 bytes; at most 1048576 are accepted (AWS's definition size quota).");
            then(d.format()).startsWith(file + ":1:1: ERROR SP-R004 at /: ");
        });
    }

    @Test
    void should_report_json_nested_ten_thousand_deep() {
        // GIVEN
        String text = "[".repeat(10_000) + "]".repeat(10_000);
        // WHEN
        ReadResult result = reader.read(text, "deep.json");
        // THEN
        then(result.errors()).singleElement().satisfies(d -> {
            then(d.code()).isEqualTo("SP-R005");
            then(d.position()).isEqualTo(new SourcePosition(1, 257));
            then(d.message()).isEqualTo("The definition nests objects and arrays more than 256 levels deep.");
        });
    }

    @Test
    void should_refuse_a_yaml_alias_bomb() {
        // GIVEN: a "billion laughs" document; expanded it would hold 10^9 strings
        StringBuilder yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 9; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        // WHEN
        ReadResult result = reader.read(yaml.toString(), "bomb.asl.yaml");
        // THEN
        then(result.errors()).singleElement().satisfies(d -> {
            then(d.code()).isIn("SP-R002", "SP-R006");
            then(d.position().isKnown()).isTrue();
        });
    }

    @Test
    void should_refuse_an_alias_bomb_under_snakeyaml_alias_limit() {
        // GIVEN: few aliases, each doubling the size, so SnakeYAML's alias count does not trip but our node budget does
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x]\n");
        for (int i = 1; i <= 25; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a").append(i - 1).append("]\n");
        }
        // WHEN
        ReadResult result = reader.read(yaml.toString(), "doubling.asl.yaml");
        // THEN
        then(result.errors()).singleElement().satisfies(d -> {
            then(d.code()).isEqualTo("SP-R006");
            then(d.message()).startsWith("The definition expands to more than 1000000 JSON values");
            then(d.position().line()).isGreaterThan(1);
        });
    }

    @Test
    void should_report_every_duplicate_key_with_both_lines() {
        // GIVEN
        String text = """
                {
                  "StartAt": "A",
                  "States": {
                    "A": { "Type": "Pass", "End": true, "Type": "Task" }
                  },
                  "StartAt": "B"
                }""";
        // WHEN
        ReadResult result = reader.read(text, "dupes.asl.json");
        // THEN
        then(result.errors()).extracting(Diagnostic::code).containsOnly("SP-R003");
        then(result.errors()).extracting(Diagnostic::pointer).containsExactly("/States/A/Type", "/StartAt");
        then(result.errors().get(0).message()).isEqualTo(
                "Key 'Type' appears more than once in the same object (first at line 4); AWS rejects definitions with duplicate keys.");
        then(result.errors().get(1).position()).isEqualTo(new SourcePosition(6, 3));
    }

    @Test
    void should_report_an_unknown_field_at_its_line() {
        // GIVEN
        String text = "{\n\"StartAt\": \"A\",\n\"States\": {\"A\": {\"Type\": \"Pass\",\n \"Ennd\": true}}}";
        // WHEN
        ReadResult result = reader.read(text, "typo.asl.json");
        // THEN
        then(result.isValid()).isFalse();
        assertThat(result.errors()).anySatisfy(d -> {
            then(d.code()).startsWith("SP-S");
            then(d.pointer()).isEqualTo("/States/A/Ennd");
            then(d.position()).isEqualTo(new SourcePosition(4, 2));
        });
    }

    @Test
    void should_report_wrong_types() {
        // GIVEN
        String text = "{\"StartAt\": 1, \"States\": {\"A\": {\"Type\": \"Wait\", \"Seconds\": \"ten\", \"End\": true}}}";
        // WHEN
        ReadResult result = reader.read(text, "types.asl.json");
        // THEN
        then(result.errors()).extracting(Diagnostic::pointer).contains("/StartAt", "/States/A/Seconds");
        then(result.errors()).allSatisfy(d -> then(d.position().isKnown()).isTrue());
    }

    @Test
    void should_report_a_missing_file_as_a_diagnostic() {
        // WHEN
        ReadResult result = reader.read(dir.resolve("nope.asl.json"));
        // THEN
        then(result.errors()).singleElement().satisfies(d -> then(d.code()).isEqualTo("SP-R009"));
    }

    @Test
    void should_report_a_missing_classpath_resource() {
        // WHEN
        ReadResult result = reader.readResource("no/such/definition.asl.json");
        // THEN
        then(result.errors()).singleElement().satisfies(d -> {
            then(d.code()).isEqualTo("SP-R009");
            then(d.message()).contains("no classpath resource named 'no/such/definition.asl.json'");
        });
    }

    @Test
    void should_throw_invalid_definition_exception_listing_errors_only_on_request() {
        // GIVEN
        ReadResult result = reader.read("{\"StartAt\": \"Nope\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}", "x.json");
        // WHEN / THEN
        org.assertj.core.api.Assertions.assertThatThrownBy(result::orElseThrow)
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("x.json:1:2: ERROR SP-V002 at /StartAt: The state machine's StartAt names state 'Nope'");
    }

    @Test
    void should_refuse_a_device_instead_of_reading_it_forever() {
        // GIVEN: /dev/zero reports size 0 and never ends (found reading the fuzz results)
        Path device = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(device), "no /dev/zero on this system");
        // WHEN
        ReadResult result = reader.read(device);
        // THEN
        then(result.errors()).singleElement().satisfies(d -> {
            then(d.code()).isEqualTo("SP-R009");
            then(d.message()).isEqualTo("The definition could not be read: it is not a regular file.");
        });
    }
}
