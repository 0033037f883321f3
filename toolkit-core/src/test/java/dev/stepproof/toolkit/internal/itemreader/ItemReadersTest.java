package dev.stepproof.toolkit.internal.itemreader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepproof.toolkit.S3Objects;
import dev.stepproof.toolkit.internal.dataflow.StatesError;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.BDDAssertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

/** Item sources read S3 objects record by record and fail with AWS's error names and clear causes. */
class ItemReadersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> read(String type, String body, String headerLocation, List<String> headers) {
        S3Objects objects = S3Objects.builder().put("b", "k", body).build();
        List<JsonNode> items = new ArrayList<>();
        try (ItemSource source = ItemReaders.open(objects, ItemReaders.GET_OBJECT,
                JSON.createObjectNode().put("Bucket", "b").put("Key", "k"),
                new ItemReaders.Format(type, headerLocation, headers, null), JSON)) {
            for (JsonNode item = source.next(); item != null; item = source.next()) {
                items.add(item);
            }
        }
        return items;
    }

    @Test
    void should_keep_quoted_newlines_and_delimiters_inside_one_csv_cell() {
        // WHEN
        List<JsonNode> items = read("CSV", "a,b\n\"line1\nline2\",\"x,y\"\n", "FIRST_ROW", List.of());
        // THEN
        then(items).singleElement().satisfies(i -> {
            then(i.path("a").asText()).isEqualTo("line1\nline2");
            then(i.path("b").asText()).isEqualTo("x,y");
        });
    }

    @Test
    void should_read_a_last_csv_row_without_a_line_end() {
        // WHEN
        List<JsonNode> items = read("CSV", "1,2", "GIVEN", List.of("a", "b"));
        // THEN
        then(items).singleElement().satisfies(i -> then(i.toString()).isEqualTo("{\"a\":\"1\",\"b\":\"2\"}"));
    }

    @Test
    void should_fail_on_an_unclosed_quote_naming_the_object() {
        // WHEN
        StatesError e = catchThrowableOfType(StatesError.class, () -> read("CSV", "a\n\"open\n", "FIRST_ROW", List.of()));
        // THEN
        then(e.error()).isEqualTo("States.ItemReaderFailed");
        then(e.causeText()).contains("s3://b/k").contains("not closed");
    }

    @Test
    void should_fail_on_a_jsonl_line_that_is_no_json_naming_the_line() {
        // WHEN
        StatesError e = catchThrowableOfType(StatesError.class, () -> read("JSONL", "{\"a\":1}\n{oops\n", null, List.of()));
        // THEN
        then(e.error()).isEqualTo("States.ItemReaderFailed");
        then(e.causeText()).startsWith("Line 2 of s3://b/k is not valid JSON");
    }

    @Test
    void should_fail_on_truncated_json() {
        // WHEN
        StatesError e = catchThrowableOfType(StatesError.class, () -> read("JSON", "[1, 2", null, List.of()));
        // THEN
        then(e.error()).isEqualTo("States.ItemReaderFailed");
        then(e.causeText()).startsWith("The JSON in s3://b/k is malformed");
    }

    @Test
    void should_refuse_an_input_type_it_cannot_read() {
        // WHEN
        StatesError e = catchThrowableOfType(StatesError.class, () -> read("PARQUET", "x", null, List.of()));
        // THEN
        then(e.causeText()).contains("cannot read InputType PARQUET");
    }

    @Test
    void should_say_which_parameter_is_missing() {
        // GIVEN
        S3Objects objects = S3Objects.builder().put("b", "k", "[]").build();
        // WHEN
        StatesError e = catchThrowableOfType(StatesError.class, () -> ItemReaders.open(objects, ItemReaders.GET_OBJECT,
                JSON.createObjectNode().put("Bucket", "b"), new ItemReaders.Format("JSON", null, List.of(), null), JSON));
        // THEN
        then(e.causeText()).contains("'Key' as a string");
    }
}
