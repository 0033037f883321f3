package dev.stepproof.toolkit.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stepproof.toolkit.internal.dataflow.StatesError;
import dev.stepproof.toolkit.internal.dataflow.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.stepproof.toolkit.internal.intrinsics.Calls.compile;
import static dev.stepproof.toolkit.internal.intrinsics.Calls.eval;
import static dev.stepproof.toolkit.internal.intrinsics.Calls.failure;
import static dev.stepproof.toolkit.internal.intrinsics.Calls.json;
import static org.assertj.core.api.BDDAssertions.then;

class IntrinsicEvaluator_string_Test {

    @ParameterizedTest(name = "[{0}] by [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // AWS-recorded (localstack test_string_operations test_string_split)
            "` , `                   | ,    | `[' ', ' ']`",
            "`, , ,`                 | ,    | `[' ', ' ']`",
            "`,,,,`                  | ,    | []",
            "1,2,3,4,5               | ,    | `['1', '2', '3', '4', '5']`",
            "This.is+a,test=string   | .+,= | `['This', 'is', 'a', 'test', 'string']`",
            "` `                     | ,    | `[' ']`",
            "abc                     | ``   | `['abc']`",
    })
    void should_split_on_every_delimiter_character_and_drop_empty_tokens(String text, String delimiters, String expected) {
        // GIVEN
        JsonNode input = json("{}");
        ((com.fasterxml.jackson.databind.node.ObjectNode) input).put("s", text).put("d", delimiters);
        // WHEN
        JsonNode result = eval("States.StringSplit($.s, $.d)", TestContext.of(input));
        // THEN
        then(result).isEqualTo(json(expected));
    }

    @Test
    void should_split_on_control_characters_from_json_escapes() {
        // GIVEN AWS-recorded: States.StringSplit('Hello\nWorld', '\n') with real line feeds, and "T\n"
        // WHEN
        JsonNode hello = eval("States.StringSplit('Hello\nWorld', '\n')");
        JsonNode two = eval("States.StringSplit('split on T and \nnew line', 'T\n')");
        // THEN
        then(hello).isEqualTo(json("['Hello', 'World']"));
        then(two).isEqualTo(json("['split on ', ' and ', 'new line']"));
    }

    @Test
    void should_split_the_recorded_csv_text() {
        // GIVEN the AWS-recorded context-object case
        JsonNode input = json("{}");
        ((com.fasterxml.jackson.databind.node.ObjectNode) input).put("s",
                "Value1,Value2,Value3\nValue4,Value5,Value6\n,,,\ntrue,1,'HelloWorld'\nNull,None,\n   \n");
        // WHEN
        JsonNode result = eval("States.StringSplit($.s, ',')", TestContext.of(input));
        // THEN
        then(result).isEqualTo(json("[\"Value1\", \"Value2\", \"Value3\\nValue4\", \"Value5\", \"Value6\\n\", \"\\ntrue\", "
                + "\"1\", \"'HelloWorld'\\nNull\", \"None\", \"\\n   \\n\"]"));
    }

    @Test
    void should_make_version_4_uuids_from_the_seeded_random_source() {
        // GIVEN
        IntrinsicEvaluator uuid = compile("States.UUID()");
        TestContext ctx = TestContext.of("{}").withSeed(99);
        // WHEN
        String first = uuid.evaluate(ctx).textValue();
        String second = uuid.evaluate(ctx).textValue();
        String replay = uuid.evaluate(TestContext.of("{}").withSeed(99)).textValue();
        // THEN
        then(first).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        then(second).isNotEqualTo(first);
        then(replay).isEqualTo(first);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // AWS-recorded for "input data" (SHA-256 computed; the documentation's SHA-1 example drops a character)
            "MD5     | 812f45842bc6d66ee14572ce20db8e86",
            "SHA-1   | aaff4a450a104cd177d28d18d74485e8cae074b7",
            "SHA-256 | b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3",
            "SHA-384 | d28a7d5cf25a74f11a50a18452b75e04bb3d70c9dd0510d6123aa008c756511b87525bdc835ebb27e1fb9e9374a15562",
            "SHA-512 | 6ce4adb348546d4f449c4d25aad9a7c9cb711d9e91982d3f0b29ca2f3f47d4ce2deba23bf2954f0f1d593fc50283731a533d30d425402d4f91316d871303aac4",
    })
    void should_hash_to_lower_case_hex(String algorithm, String expected) {
        // GIVEN
        String input = "{'fst': 'input data', 'snd': '" + algorithm + "'}";
        // WHEN
        JsonNode fromPaths = eval("States.Hash($.fst, $.snd)", input);
        JsonNode fromLiteral = eval("States.Hash($.fst, '" + algorithm + "')", input);
        // THEN
        then(fromPaths).isEqualTo(TextNode.valueOf(expected));
        then(fromLiteral).isEqualTo(TextNode.valueOf(expected));
    }

    @Test
    void should_fail_on_an_unknown_algorithm_or_too_much_data() {
        // GIVEN / WHEN
        StatesError algorithm = failure("States.Hash($.d, $.a)", "{'d': 'x', 'a': 'sha-256'}");
        StatesError tooLong = failure("States.Hash($.d, 'MD5')", "{'d': '" + "x".repeat(10_001) + "'}");
        // THEN
        then(algorithm.error()).isEqualTo(StatesError.INTRINSIC_FAILURE);
        then(algorithm.causeText()).endsWith("The hash algorithm must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512, "
                + "but is 'sha-256'");
        then(tooLong.causeText()).endsWith("The input has 10001 characters, but at most 10000 are allowed");
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // AWS-recorded: "" both ways, "Data to encode"; the rest: UTF-8, standard alphabet, padding
            "``             | ``",
            "Data to encode | RGF0YSB0byBlbmNvZGU=",
            "Hello World    | SGVsbG8gV29ybGQ=",
            "é              | w6k=",
    })
    void should_encode_and_decode_base64_of_utf8(String text, String encoded) {
        // GIVEN
        JsonNode input = json("{}");
        ((com.fasterxml.jackson.databind.node.ObjectNode) input).put("text", text).put("encoded", encoded);
        TestContext ctx = TestContext.of(input);
        // WHEN
        JsonNode encodeResult = eval("States.Base64Encode($.text)", ctx);
        JsonNode decodeResult = eval("States.Base64Decode($.encoded)", ctx);
        // THEN
        then(encodeResult).isEqualTo(TextNode.valueOf(encoded));
        then(decodeResult).isEqualTo(TextNode.valueOf(text));
    }

    @Test
    void should_not_break_long_base64_output_into_lines() {
        // GIVEN / WHEN
        JsonNode result = eval("States.Base64Encode($.s)", "{'s': '" + "x".repeat(10_000) + "'}");
        // THEN
        then(result.textValue()).doesNotContain("\n", "\r").hasSize(13_336);
    }

    @Test
    void should_fail_on_invalid_or_oversized_base64_input() {
        // GIVEN / WHEN
        StatesError invalid = failure("States.Base64Decode($.s)", "{'s': 'not base64!'}");
        StatesError tooLong = failure("States.Base64Encode($.s)", "{'s': '" + "x".repeat(10_001) + "'}");
        // THEN
        then(invalid.error()).isEqualTo(StatesError.INTRINSIC_FAILURE);
        then(invalid.causeText()).contains("The string is not valid Base64");
        then(tooLong.causeText()).endsWith("The input has 10001 characters, but at most 10000 are allowed");
    }
}
