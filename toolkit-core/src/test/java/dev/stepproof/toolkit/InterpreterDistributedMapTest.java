package dev.stepproof.toolkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.BDDAssertions.then;

/** A distributed Map reads S3 items, runs child executions, tolerates failures, batches and writes results. */
class InterpreterDistributedMapTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A child that fails for items whose {@code ok} is false and passes the others through. */
    private static final String CHECKING_CHILD = """
            "StartAt": "Check", "States": {
              "Check": {"Type": "Choice", "Choices": [{"Variable": "$.ok", "StringEquals": "false", "Next": "Bad"}],
                        "Default": "Good"},
              "Bad": {"Type": "Fail", "Error": "Item.Bad", "Cause": "bad item"},
              "Good": {"Type": "Pass", "End": true}}""";

    private static String machine(String mapFields, String child) {
        return """
                {"StartAt": "Each", "States": {"Each": {"Type": "Map", %s
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"}, %s},
                  "End": true}}}""".formatted(mapFields, child);
    }

    private static String passChild() {
        return "\"StartAt\": \"Inner\", \"States\": {\"Inner\": {\"Type\": \"Pass\", \"End\": true}}";
    }

    private static String csvReader(String extraConfig) {
        return """
                "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
                  "Parameters": {"Bucket": "in", "Key": "rows.csv"},
                  "ReaderConfig": {"InputType": "CSV", "CSVHeaderLocation": "FIRST_ROW"%s}},""".formatted(extraConfig);
    }

    private static Execution run(String definition, ExecutionOptions options) {
        DefinitionReader.ReadResult read = DefinitionReader.standard().read(definition, "dmap.asl.json");
        then(read.errors()).as("definition problems").isEmpty();
        return Interpreter.of(read.orElseThrow()).execute(options);
    }

    private static S3Objects csv(String body) {
        return S3Objects.builder().put("in", "rows.csv", body).build();
    }

    private static JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }

    @Test
    void should_turn_csv_rows_into_string_objects_with_quotes_and_a_named_delimiter() throws IOException {
        // GIVEN
        String body = "id;note\r\n1;\"semi;colon\"\r\n2;\"say \"\"hi\"\"\"\r\n";
        // WHEN
        Execution e = run(machine(csvReader(", \"CSVDelimiter\": \"SEMICOLON\""), passChild()),
                ExecutionOptions.defaults().withS3Objects(S3Objects.builder().put("in", "rows.csv", body).build()));
        // THEN
        then(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        then(e.output()).isEqualTo(json("[{\"id\":\"1\",\"note\":\"semi;colon\"},{\"id\":\"2\",\"note\":\"say \\\"hi\\\"\"}]"));
    }

    @Test
    void should_read_a_jsonl_object_line_by_line_and_honour_max_items() throws IOException {
        // GIVEN
        S3Objects objects = S3Objects.builder().put("in", "items.jsonl", "{\"n\":1}\n\n{\"n\":2}\n{\"n\":3}\n").build();
        String reader = """
                "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
                  "Parameters": {"Bucket": "in", "Key": "items.jsonl"},
                  "ReaderConfig": {"InputType": "JSONL", "MaxItems": 2}},""";
        // WHEN
        Execution e = run(machine(reader, passChild()), ExecutionOptions.defaults().withS3Objects(objects));
        // THEN
        then(e.output()).isEqualTo(json("[{\"n\":1},{\"n\":2}]"));
    }

    @Test
    void should_stream_an_object_from_a_supplier_without_reading_it_whole() {
        // GIVEN a generator of 5,000 rows that counts how often it is opened
        AtomicInteger opened = new AtomicInteger();
        S3Objects objects = S3Objects.builder().put("in", "rows.csv", () -> {
            opened.incrementAndGet();
            List<InputStream> parts = new java.util.ArrayList<>();
            parts.add(new ByteArrayInputStream("n\n".getBytes(StandardCharsets.UTF_8)));
            IntStream.range(0, 5000).forEach(i -> parts.add(new ByteArrayInputStream((i + "\n").getBytes(StandardCharsets.UTF_8))));
            return new SequenceInputStream(Collections.enumeration(parts));
        }, -1).build();
        // WHEN
        Execution e = run(machine(csvReader("") + "\"ResultPath\": null,", passChild()),
                ExecutionOptions.defaults().withS3Objects(objects).withInput("{\"kept\": true}"));
        // THEN
        then(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        then(e.output().toString()).isEqualTo("{\"kept\":true}");
        then(opened.get()).isEqualTo(1);
        then(e.mapRuns()).singleElement().satisfies(r -> {
            then(r.started()).isEqualTo(5000);
            then(r.succeeded()).isEqualTo(5000);
        });
    }

    @Test
    void should_fail_with_no_such_key_that_a_catcher_can_handle() {
        // GIVEN
        String definition = """
                {"StartAt": "Each", "States": {"Each": {"Type": "Map", %s
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"}, %s},
                  "Catch": [{"ErrorEquals": ["S3.NoSuchKey"], "Next": "Missing"}], "End": true},
                  "Missing": {"Type": "Pass", "End": true}}}""".formatted(csvReader(""), passChild());
        // WHEN
        Execution e = run(definition, ExecutionOptions.defaults()
                .withS3Objects(S3Objects.builder().put("in", "other.csv", "a\n1\n").build()));
        // THEN
        then(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        then(e.output().path("Error").asText()).isEqualTo("S3.NoSuchKey");
        then(e.output().path("Cause").asText()).contains("The specified key does not exist.");
        then(e.history().statesEntered()).containsExactly("Each", "Missing");
    }

    @Test
    void should_fail_with_no_such_bucket_when_no_objects_are_given() {
        // WHEN
        Execution e = run(machine(csvReader(""), passChild()), ExecutionOptions.defaults());
        // THEN
        then(e.status()).isEqualTo(ExecutionStatus.FAILED);
        then(e.error()).isEqualTo("S3.NoSuchBucket");
    }

    @Test
    void should_list_objects_under_a_prefix_as_aws_describes_them() {
        // GIVEN
        S3Objects objects = S3Objects.builder().put("logs", "2026/a.txt", "hello").put("logs", "2026/b.txt", "")
                .put("logs", "2025/c.txt", "old").build();
        String reader = """
                "ItemReader": {"Resource": "arn:aws:states:::s3:listObjectsV2",
                  "Parameters": {"Bucket": "logs", "Prefix": "2026/"}},""";
        // WHEN
        Execution e = run(machine(reader, passChild()), ExecutionOptions.defaults().withS3Objects(objects));
        // THEN
        then(e.output()).hasSize(2);
        JsonNode first = e.output().get(0);
        then(first.path("Key").asText()).isEqualTo("2026/a.txt");
        then(first.path("Size").asLong()).isEqualTo(5);
        then(first.path("Etag").asText()).isEqualTo("\"5d41402abc4b2a76b9719d911017c592\"");
        then(first.path("StorageClass").asText()).isEqualTo("STANDARD");
        then(first.path("LastModified").isNumber()).isTrue();
        then(e.output().get(1).path("Key").asText()).isEqualTo("2026/b.txt");
    }

    @Test
    void should_read_the_objects_an_s3_inventory_manifest_lists() throws IOException {
        // GIVEN
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("\"src\",\"k1\"\n\"src\",\"k2\"\n".getBytes(StandardCharsets.UTF_8));
        }
        String manifest = """
                {"sourceBucket": "src", "destinationBucket": "arn:aws:s3:::inv", "fileFormat": "CSV",
                 "fileSchema": "Bucket, Key", "files": [{"key": "data/part-1.csv.gz", "size": 10}]}""";
        S3Objects objects = S3Objects.builder().put("inv", "manifest.json", manifest)
                .put("inv", "data/part-1.csv.gz", gz.toByteArray()).build();
        String reader = """
                "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
                  "Parameters": {"Bucket": "inv", "Key": "manifest.json"}, "ReaderConfig": {"InputType": "MANIFEST"}},""";
        // WHEN
        Execution e = run(machine(reader, passChild()), ExecutionOptions.defaults().withS3Objects(objects));
        // THEN
        then(e.output()).isEqualTo(json("[{\"Bucket\":\"src\",\"Key\":\"k1\"},{\"Bucket\":\"src\",\"Key\":\"k2\"}]"));
    }

    @Test
    void should_give_each_child_a_batch_with_the_batch_input() throws IOException {
        // GIVEN
        String fields = """
                "ItemsPath": "$.items",
                "ItemBatcher": {"MaxItemsPerBatch": 2, "BatchInput": {"run.$": "$.run"}},""";
        // WHEN
        Execution e = run(machine(fields, passChild()),
                ExecutionOptions.defaults().withInput("{\"run\": 7, \"items\": [1, 2, 3, 4, 5]}"));
        // THEN
        then(e.output()).isEqualTo(json("""
                [{"BatchInput": {"run": 7}, "Items": [1, 2]}, {"BatchInput": {"run": 7}, "Items": [3, 4]},
                 {"BatchInput": {"run": 7}, "Items": [5]}]"""));
    }

    @Test
    void should_cut_batches_at_the_byte_limit() throws IOException {
        // GIVEN each item is 12 bytes ("\"aaaaaaaaaa\"") plus a separator
        String fields = """
                "ItemsPath": "$.items", "ItemBatcher": {"MaxInputBytesPerBatchPath": "$.bytes"},""";
        // WHEN
        Execution e = run(machine(fields, passChild()), ExecutionOptions.defaults()
                .withInput("{\"bytes\": 30, \"items\": [\"aaaaaaaaaa\", \"bbbbbbbbbb\", \"cccccccccc\"]}"));
        // THEN
        then(e.output()).isEqualTo(json("""
                [{"Items": ["aaaaaaaaaa", "bbbbbbbbbb"]}, {"Items": ["cccccccccc"]}]"""));
    }

    @Test
    void should_succeed_with_failed_children_under_the_tolerated_count() throws IOException {
        // GIVEN
        String fields = "\"ItemsPath\": \"$.items\", \"ToleratedFailureCount\": 1,";
        // WHEN
        Execution e = run(machine(fields, CHECKING_CHILD), ExecutionOptions.defaults()
                .withInput("{\"items\": [{\"ok\": \"true\"}, {\"ok\": \"false\"}, {\"ok\": \"true\"}]}"));
        // THEN
        then(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        then(e.output().get(1)).isEqualTo(json("{\"Error\": \"Item.Bad\", \"Cause\": \"bad item\"}"));
        MapRun run = e.mapRuns("Each").get(0);
        then(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        then(run.failed()).isEqualTo(1);
        then(run.failures()).singleElement().satisfies(c -> {
            then(c.index()).isEqualTo(1);
            then(c.error()).isEqualTo("Item.Bad");
            then(c.input()).isEqualTo(json("{\"ok\": \"false\"}"));
        });
    }

    @Test
    void should_fail_with_exceed_tolerated_failure_threshold_above_the_percentage() {
        // GIVEN 2 of 4 fail (50 %) against 25 %
        String fields = "\"ItemsPath\": \"$.items\", \"ToleratedFailurePercentage\": 25,";
        // WHEN
        Execution e = run(machine(fields, CHECKING_CHILD), ExecutionOptions.defaults().withInput("""
                {"items": [{"ok": "true"}, {"ok": "false"}, {"ok": "false"}, {"ok": "true"}]}"""));
        // THEN
        then(e.status()).isEqualTo(ExecutionStatus.FAILED);
        then(e.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
        then(e.cause()).isEqualTo("The specified tolerated failure threshold was exceeded");
        then(e.history().events()).extracting(HistoryEvent::type).containsSubsequence(
                "MapStateEntered", "MapStateStarted", "MapRunStarted", "MapRunFailed", "MapStateFailed", "ExecutionFailed");
        then(e.mapRuns().get(0).status()).isEqualTo(ExecutionStatus.FAILED);
    }

    @Test
    void should_fail_on_the_first_failure_without_thresholds_and_let_a_catcher_handle_it() {
        // GIVEN
        String definition = """
                {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.items", "MaxConcurrency": 1,
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"}, %s},
                  "Catch": [{"ErrorEquals": ["States.ExceedToleratedFailureThreshold"], "ResultPath": "$.error", "Next": "Report"}],
                  "End": true},
                  "Report": {"Type": "Pass", "End": true}}}""".formatted(CHECKING_CHILD);
        // WHEN
        Execution e = run(definition, ExecutionOptions.defaults().withInput("""
                {"items": [{"ok": "false"}, {"ok": "true"}, {"ok": "true"}]}"""));
        // THEN
        then(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        then(e.output().path("error").path("Error").asText()).isEqualTo("States.ExceedToleratedFailureThreshold");
        then(e.mapRuns().get(0).started()).as("MaxConcurrency 1 stops after the first child").isEqualTo(1);
    }

    @Test
    void should_keep_child_events_out_of_the_parent_history_and_in_the_child_executions_when_asked() {
        // WHEN
        Execution e = run(machine("\"ItemsPath\": \"$.items\",", passChild()),
                ExecutionOptions.defaults().withInput("{\"items\": [1, 2]}").withChildExecutions(true));
        // THEN
        then(e.history().events()).extracting(HistoryEvent::type).containsExactly("ExecutionStarted", "MapStateEntered",
                "MapStateStarted", "MapRunStarted", "MapRunSucceeded", "MapStateSucceeded", "MapStateExited",
                "ExecutionSucceeded");
        HistoryEvent started = e.history().events().get(3);
        MapRun run = e.mapRuns().get(0);
        then(started.details().path("mapRunStartedEventDetails").path("mapRunArn").asText()).isEqualTo(run.mapRunArn());
        then(run.mapRunArn()).startsWith("arn:aws:states:us-east-1:111111111111:mapRun:StateMachine/Each:");
        then(run.children()).hasSize(2).allSatisfy(c -> {
            then(c.history().statesEntered()).containsExactly("Inner");
            then(c.executionArn()).startsWith("arn:aws:states:us-east-1:111111111111:execution:StateMachine/Each:");
        });
    }

    @Test
    void should_keep_only_counts_of_succeeded_children_by_default() {
        // WHEN
        Execution e = run(machine("\"ItemsPath\": \"$.items\",", passChild()),
                ExecutionOptions.defaults().withInput("{\"items\": [1, 2, 3]}"));
        // THEN
        then(e.mapRuns().get(0).children()).isEmpty();
        then(e.mapRuns().get(0).succeeded()).isEqualTo(3);
    }

    @Test
    void should_give_children_their_own_context_without_the_parent_variables() throws IOException {
        // GIVEN
        String child = """
                "StartAt": "Show", "States": {"Show": {"Type": "Pass", "End": true,
                  "Parameters": {"exec.$": "$$.Execution.Name", "input.$": "$$.Execution.Input"}}}""";
        // WHEN
        Execution e = run(machine("\"ItemsPath\": \"$.items\",", child),
                ExecutionOptions.defaults().withInput("{\"items\": [\"x\"]}"));
        // THEN
        then(e.output().get(0).path("input")).isEqualTo(json("\"x\""));
        then(e.output().get(0).path("exec").asText()).isNotEqualTo("stepproof-execution").hasSize(36);
    }

    @Test
    void should_write_result_files_in_the_aws_layout_and_return_their_descriptor() throws IOException {
        // GIVEN
        S3Output output = S3Output.inMemory();
        String fields = """
                "ItemsPath": "$.items", "ToleratedFailureCount": 5,
                "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject",
                                 "Parameters": {"Bucket": "out", "Prefix": "runs"}},""";
        // WHEN
        Execution e = run(machine(fields, CHECKING_CHILD), ExecutionOptions.defaults().withS3Output(output)
                .withInput("{\"items\": [{\"ok\": \"true\"}, {\"ok\": \"false\"}]}"));
        // THEN
        then(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        String runId = e.output().path("MapRunArn").asText().replaceAll(".*:", "");
        String folder = "runs/" + runId + "/";
        then(e.output().path("ResultWriterDetails")).isEqualTo(json(
                "{\"Bucket\": \"out\", \"Key\": \"" + folder + "manifest.json\"}"));
        then(output.keys("out")).containsExactly(folder + "FAILED_0.json", folder + "SUCCEEDED_0.json", folder + "manifest.json");
        JsonNode manifest = json(output.text("out", folder + "manifest.json").orElseThrow());
        then(manifest.path("DestinationBucket").asText()).isEqualTo("out");
        then(manifest.path("ResultFiles").path("SUCCEEDED").get(0).path("Key").asText()).isEqualTo(folder + "SUCCEEDED_0.json");
        then(manifest.path("ResultFiles").path("SUCCEEDED").get(0).path("Size").asLong())
                .isEqualTo(output.size("out", folder + "SUCCEEDED_0.json"));
        then(manifest.path("ResultFiles").path("PENDING")).isEmpty();
        JsonNode succeeded = json(output.text("out", folder + "SUCCEEDED_0.json").orElseThrow());
        then(succeeded).hasSize(1);
        then(succeeded.get(0).path("Status").asText()).isEqualTo("SUCCEEDED");
        then(succeeded.get(0).path("Output").asText()).isEqualTo("{\"ok\":\"true\"}");
        then(succeeded.get(0).path("Input").asText()).isEqualTo("{\"ok\":\"true\"}");
        then(succeeded.get(0).path("ExecutionArn").asText()).endsWith(":" + succeeded.get(0).path("Name").asText());
        JsonNode failed = json(output.text("out", folder + "FAILED_0.json").orElseThrow());
        then(failed.get(0).path("Error").asText()).isEqualTo("Item.Bad");
        then(failed.get(0).path("Status").asText()).isEqualTo("FAILED");
    }

    @Test
    void should_write_compact_jsonl_results_to_a_directory() throws IOException {
        // GIVEN
        Path dir = Files.createTempDirectory("stepproof-s3");
        S3Output output = S3Output.inDirectory(dir);
        String fields = """
                "ItemsPath": "$.items",
                "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject", "Parameters": {"Bucket": "out"},
                                 "WriterConfig": {"OutputType": "JSONL", "Transformation": "COMPACT"}},""";
        // WHEN
        Execution e = run(machine(fields, passChild()), ExecutionOptions.defaults().withS3Output(output)
                .withInput("{\"items\": [1, 2]}"));
        // THEN
        String key = e.output().path("ResultWriterDetails").path("Key").asText().replace("manifest.json", "SUCCEEDED_0.jsonl");
        then(Files.readString(dir.resolve("out").resolve(key))).isEqualTo("1\n2\n");
    }

    @Test
    void should_flatten_array_outputs_without_a_result_writer_resource() throws IOException {
        // GIVEN
        String fields = """
                "ItemsPath": "$.items", "ResultWriter": {"WriterConfig": {"Transformation": "FLATTEN"}},""";
        // WHEN
        Execution e = run(machine(fields, passChild()), ExecutionOptions.defaults().withInput("{\"items\": [[1, 2], [3]]}"));
        // THEN
        then(e.output()).isEqualTo(json("[1, 2, 3]"));
    }

    @Test
    void should_fail_with_data_limit_exceeded_when_the_results_outgrow_the_payload_quota() {
        // GIVEN 3,000 rows of 100 characters are more than 256 KiB of results
        String rows = "v\n" + String.join("\n", Collections.nCopies(3000, "x".repeat(100))) + "\n";
        // WHEN
        Execution e = run(machine(csvReader(""), passChild()), ExecutionOptions.defaults().withS3Objects(csv(rows)));
        // THEN
        then(e.error()).isEqualTo("States.DataLimitExceeded");
        then(e.cause()).isEqualTo("The state/task 'Each' returned a result with a size exceeding the maximum number of bytes service limit.");
    }

    @Test
    void should_read_items_with_jsonata_arguments_and_max_items() throws IOException {
        // GIVEN
        String definition = """
                {"QueryLanguage": "JSONata", "StartAt": "Each", "States": {"Each": {"Type": "Map",
                  "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
                    "Arguments": {"Bucket": "{% $states.input.b %}", "Key": "data.json"},
                    "ReaderConfig": {"InputType": "JSON", "MaxItems": "{% $states.input.max %}"}},
                  "ItemSelector": {"v": "{% $states.context.Map.Item.Value %}", "i": "{% $states.context.Map.Item.Index %}"},
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                    "StartAt": "Inner", "States": {"Inner": {"Type": "Pass", "End": true}}},
                  "End": true}}}""";
        // WHEN
        Execution e = run(definition, ExecutionOptions.defaults().withInput("{\"b\": \"in\", \"max\": 2}")
                .withS3Objects(S3Objects.builder().put("in", "data.json", "[\"a\", \"b\", \"c\"]").build()));
        // THEN
        then(e.output()).isEqualTo(json("[{\"v\": \"a\", \"i\": 0}, {\"v\": \"b\", \"i\": 1}]"));
    }

    @Test
    void should_refuse_a_max_items_path_that_is_no_integer_as_aws_does() {
        // WHEN
        Execution e = run(machine(csvReader(", \"MaxItemsPath\": \"$.max\""), passChild()), ExecutionOptions.defaults()
                .withInput("{\"max\": 1.5}").withS3Objects(csv("a\n1\n")));
        // THEN
        then(e.error()).isEqualTo("States.Runtime");
        then(e.cause()).endsWith("The MaxItemsPath field refers to value \"1.5\" which is not a valid integer: $.max");
    }

    @Test
    void should_read_a_file_backed_object(@TempDir Path dir) throws IOException {
        // GIVEN
        Path file = dir.resolve("rows.csv");
        Files.writeString(file, "a,b\n1,2\n");
        // WHEN
        Execution e = run(machine(csvReader(""), passChild()), ExecutionOptions.defaults()
                .withS3Objects(S3Objects.builder().putFile("in", "rows.csv", file).build()));
        // THEN
        then(e.output()).isEqualTo(json("[{\"a\": \"1\", \"b\": \"2\"}]"));
    }

    @Test
    void should_abort_the_map_run_and_its_children_when_a_parallel_sibling_fails() {
        // GIVEN children that wait 60 s while the other branch fails at once
        String definition = """
                {"StartAt": "Both", "States": {"Both": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.items",
                    "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                      "StartAt": "Slow", "States": {"Slow": {"Type": "Wait", "Seconds": 60, "End": true}}}, "End": true}}},
                  {"StartAt": "Boom", "States": {"Boom": {"Type": "Fail", "Error": "Boom"}}}]}}}""";
        // WHEN
        Execution e = run(definition, ExecutionOptions.defaults().withInput("{\"items\": [1, 2]}"));
        // THEN
        then(e.error()).isEqualTo("Boom");
        then(e.history().events()).extracting(HistoryEvent::type).contains("MapRunAborted");
        MapRun run = e.mapRuns().get(0);
        then(run.status()).isEqualTo(ExecutionStatus.ABORTED);
        then(run.aborted()).isEqualTo(2);
    }

    @Test
    void should_start_a_new_map_run_when_the_map_is_retried() {
        // GIVEN
        String definition = """
                {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.items",
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"}, %s},
                  "Retry": [{"ErrorEquals": ["States.ExceedToleratedFailureThreshold"], "MaxAttempts": 1}],
                  "End": true}}}""".formatted(CHECKING_CHILD);
        // WHEN
        Execution e = run(definition, ExecutionOptions.defaults().withInput("{\"items\": [{\"ok\": \"false\"}]}"));
        // THEN
        then(e.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
        then(e.mapRuns()).hasSize(2).extracting(MapRun::mapRunArn).doesNotHaveDuplicates();
        then(e.stopTime()).isAfter(e.startTime());
    }

    @Test
    void should_report_the_child_states_decisions_once_for_coverage() {
        // WHEN
        Execution e = run(machine("\"ItemsPath\": \"$.items\",", passChild()),
                ExecutionOptions.defaults().withInput("{\"items\": [1, 2, 3]}"));
        // THEN
        then(e.decisions()).filteredOn(d -> "Inner".equals(d.state())).hasSize(1);
        then(e.decisions()).filteredOn(d -> "Each".equals(d.state())).hasSize(1);
    }
}
