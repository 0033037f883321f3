package dev.stepproof.toolkit.internal.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stepproof.toolkit.spi.TaskInvocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static dev.stepproof.toolkit.internal.catalogue.Calls.T0;
import static dev.stepproof.toolkit.internal.catalogue.Calls.call;
import static dev.stepproof.toolkit.internal.catalogue.Calls.json;
import static org.assertj.core.api.BDDAssertions.then;

/**
 * The response envelope of each catalogued integration around a business payload. Expected values marked
 * AWS-REC come from executions recorded on AWS (conformance corpus, LocalStack snapshots validated against AWS).
 */
class IntegrationCatalogue_envelopes_Test {

    private final IntegrationCatalogue catalogue = IntegrationCatalogue.standard();

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void should_wrap_a_lambda_invoke_payload_in_the_recorded_envelope() {
        // GIVEN
        TaskInvocation invocation = call("lambda", "invoke", "{\"FunctionName\": \"f\", \"Payload\": {\"foo\": \"oof\"}}");
        // WHEN
        JsonNode envelope = catalogue.wrap(invocation, TextNode.valueOf("HelloWorld!"));
        // THEN the shape of AWS-REC localstack_assign_test_assign_reference_variables…BASE_ASSIGN_FROM_LAMBDA_TASK
        then(fieldNames(envelope)).containsExactly("ExecutedVersion", "Payload", "SdkHttpMetadata", "SdkResponseMetadata", "StatusCode");
        then(envelope.get("ExecutedVersion").asText()).isEqualTo("$LATEST");
        then(envelope.get("Payload")).isEqualTo(TextNode.valueOf("HelloWorld!"));
        then(envelope.get("StatusCode").asInt()).isEqualTo(200);
        JsonNode http = envelope.get("SdkHttpMetadata");
        then(fieldNames(http)).containsExactly("AllHttpHeaders", "HttpHeaders", "HttpStatusCode");
        then(http.get("HttpStatusCode").asInt()).isEqualTo(200);
        then(fieldNames(http.get("HttpHeaders"))).containsExactly("Connection", "Content-Length", "Content-Type", "Date",
                "X-Amz-Executed-Version", "x-amzn-Remapped-Content-Length", "x-amzn-RequestId", "X-Amzn-Trace-Id");
        then(http.at("/AllHttpHeaders/X-Amz-Executed-Version")).isEqualTo(json("[\"$LATEST\"]"));
        then(http.at("/HttpHeaders/Content-Length").asText()).isEqualTo("13"); // AWS-REC: "HelloWorld!" with quotes
        then(http.at("/HttpHeaders/Content-Type").asText()).isEqualTo("application/json");
        then(http.at("/HttpHeaders/Date").asText()).isEqualTo("Wed, 04 Mar 2026 05:06:07 GMT");
        then(http.at("/HttpHeaders/x-amzn-RequestId")).isEqualTo(envelope.at("/SdkResponseMetadata/RequestId"));
        then(envelope.at("/SdkResponseMetadata/RequestId").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Test
    void should_derive_request_ids_from_the_call_so_envelopes_are_reproducible() {
        // GIVEN
        TaskInvocation first = call("lambda", "invoke", "{\"FunctionName\": \"f\"}");
        TaskInvocation retry = call("lambda", "invoke", "{\"FunctionName\": \"f\"}", 2, T0.plusSeconds(1));
        // WHEN
        JsonNode once = catalogue.wrap(first, json("{\"ok\": true}"));
        JsonNode again = catalogue.wrap(first, json("{\"ok\": true}"));
        JsonNode retried = catalogue.wrap(retry, json("{\"ok\": true}"));
        // THEN
        then(again).isEqualTo(once);
        then(retried.at("/SdkResponseMetadata/RequestId")).isNotEqualTo(once.at("/SdkResponseMetadata/RequestId"));
    }

    @Test
    void should_return_a_plain_lambda_functions_payload_without_envelope() {
        // GIVEN
        String arn = "arn:aws:lambda:us-east-1:111111111111:function:greet";
        JsonNode payload = json("{\"greeting\": \"hi\"}");
        // WHEN
        JsonNode result = catalogue.wrap("lambda", arn, payload, json("{}"));
        // THEN
        then(result).isSameAs(payload);
    }

    @Test
    void should_wrap_a_dynamodb_get_item_payload_as_the_item_with_aws_content_length() {
        // GIVEN the item of AWS-REC test_base_integrations[DYNAMODB_PUT_GET_ITEM] (Content-Length 53)
        JsonNode item = json("{\"data\": {\"S\": \"HelloWorld\"}, \"id\": {\"S\": \"id1\"}}");
        TaskInvocation invocation = call("dynamodb", "getItem", "{\"TableName\": \"t\", \"Key\": {\"id\": {\"S\": \"id1\"}}}");
        // WHEN
        JsonNode envelope = catalogue.wrap(invocation, item);
        // THEN
        then(fieldNames(envelope)).containsExactly("Item", "SdkHttpMetadata", "SdkResponseMetadata");
        then(envelope.get("Item")).isEqualTo(item);
        then(envelope.at("/SdkHttpMetadata/HttpHeaders/Content-Length").asText()).isEqualTo("53");
        then(envelope.at("/SdkHttpMetadata/HttpHeaders/Content-Type").asText()).isEqualTo("application/x-amz-json-1.0");
        then(envelope.at("/SdkHttpMetadata/HttpHeaders/x-amz-crc32").asText())
                .isEqualTo(String.valueOf(Ids.crc32("{\"Item\":" + item + "}")));
    }

    @Test
    void should_leave_item_out_when_get_item_finds_nothing() {
        // WHEN
        JsonNode envelope = catalogue.wrap(call("dynamodb", "getItem", "{}"), null);
        // THEN
        then(fieldNames(envelope)).containsExactly("SdkHttpMetadata", "SdkResponseMetadata");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "putItem    | {}                                      | 2",   // AWS-REC: no ReturnValues → body {}
            "updateItem | {\"S\": {\"S\": \"HelloWorldUpdated\"}} | 46",  // AWS-REC: UPDATED_NEW
            "deleteItem | {}                                      | 2"})
    void should_wrap_dynamodb_writes_with_returned_attributes(String action, String attributes, String contentLength) {
        // WHEN
        JsonNode envelope = catalogue.wrap(call("dynamodb", action, "{\"TableName\": \"t\"}"), json(attributes));
        // THEN
        then(envelope.has("Attributes")).isEqualTo(!json(attributes).isEmpty());
        then(envelope.at("/SdkHttpMetadata/HttpHeaders/Content-Length").asText()).isEqualTo(contentLength);
        then(envelope.has("SdkResponseMetadata")).isTrue();
    }

    @Test
    void should_give_an_sns_publish_a_deterministic_message_id() {
        // GIVEN
        TaskInvocation invocation = call("sns", "publish", "{\"TopicArn\": \"arn:aws:sns:us-east-1:1:t\", \"Message\": \"m\"}");
        // WHEN
        JsonNode envelope = catalogue.wrap(invocation, null);
        // THEN
        then(fieldNames(envelope)).containsExactly("MessageId", "SdkHttpMetadata", "SdkResponseMetadata");
        then(envelope.get("MessageId").asText()).hasSize(36).isEqualTo(catalogue.wrap(invocation, null).get("MessageId").asText());
        then(envelope.at("/SdkHttpMetadata/HttpHeaders/Content-Type").asText()).isEqualTo("text/xml");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"HelloWorld\"         | 68e109f0f40ca72a15e05cc22786f8e6",  // a string body is sent as is
            "{\"Dict\": \"Value\"}  | 49e31cee5aec8faf3345893addb14346"}) // an object body is sent as compact JSON
    void should_compute_md5_of_message_body_as_sqs_does(String messageBody, String md5) {
        // WHEN
        JsonNode envelope = catalogue.wrap(call("sqs", "sendMessage", "{\"QueueUrl\": \"q\", \"MessageBody\": " + messageBody + "}"), null);
        // THEN
        then(fieldNames(envelope)).containsExactly("MD5OfMessageBody", "MessageId", "SdkHttpMetadata", "SdkResponseMetadata");
        then(envelope.get("MD5OfMessageBody").asText()).isEqualTo(md5);
    }

    @Test
    void should_let_a_payload_add_fields_to_a_generated_response() {
        // WHEN
        JsonNode envelope = catalogue.wrap(call("sqs", "sendMessage", "{\"MessageBody\": \"b\"}"),
                json("{\"SequenceNumber\": \"1\", \"MessageId\": \"mine\"}"));
        // THEN
        then(envelope.get("SequenceNumber").asText()).isEqualTo("1");
        then(envelope.get("MessageId").asText()).isEqualTo("mine");
    }

    @Test
    void should_answer_put_events_with_one_event_id_per_entry_and_no_sdk_metadata() {
        // WHEN
        JsonNode envelope = catalogue.wrap(call("events", "putEvents",
                "{\"Entries\": [{\"Source\": \"a\"}, {\"Source\": \"b\"}, {\"Source\": \"c\"}]}"), null);
        // THEN AWS-REC test_put_events_base
        then(fieldNames(envelope)).containsExactly("Entries", "FailedEntryCount");
        then(envelope.get("FailedEntryCount").asInt()).isZero();
        then(envelope.findValuesAsText("EventId")).hasSize(3).doesNotHaveDuplicates();
    }

    @Test
    void should_start_an_execution_with_an_arn_derived_from_the_state_machine_and_name() {
        // WHEN
        JsonNode envelope = catalogue.wrap(call("states", "startExecution",
                "{\"StateMachineArn\": \"arn:aws:states:eu-west-1:222222222222:stateMachine:Child\", \"Name\": \"run-1\"}"), null);
        // THEN AWS-REC test_start_execution
        then(fieldNames(envelope)).containsExactly("ExecutionArn", "SdkHttpMetadata", "SdkResponseMetadata", "StartDate");
        then(envelope.get("ExecutionArn").asText()).isEqualTo("arn:aws:states:eu-west-1:222222222222:execution:Child:run-1");
        then(envelope.get("StartDate").asLong()).isEqualTo(T0.toEpochMilli());
    }

    @Test
    void should_describe_a_sync_child_execution_with_input_and_output_as_json_text() {
        // GIVEN
        String params = "{\"StateMachineArn\": \"arn:aws:states:eu-west-1:222222222222:stateMachine:Child\", \"Input\": {\"n\": 1}}";
        // WHEN
        JsonNode envelope = catalogue.wrap(call("states", "startExecution.sync", params), json("{\"done\": true}"));
        // THEN
        then(envelope.get("Input")).isEqualTo(TextNode.valueOf("{\"n\":1}"));
        then(envelope.get("Output")).isEqualTo(TextNode.valueOf("{\"done\":true}"));
        then(envelope.get("Status").asText()).isEqualTo("SUCCEEDED");
        then(envelope.get("InputDetails")).isEqualTo(json("{\"Included\": true}"));
        then(envelope.get("ExecutionArn").asText()).startsWith("arn:aws:states:eu-west-1:222222222222:execution:Child:");
    }

    @Test
    void should_describe_a_sync2_child_execution_with_input_and_output_parsed() {
        // GIVEN Input given as JSON text, as users often do with States.JsonToString
        String params = "{\"StateMachineArn\": \"arn:aws:states:eu-west-1:2:stateMachine:Child\", \"Input\": \"{\\\"n\\\": 1}\"}";
        // WHEN
        JsonNode envelope = catalogue.wrap(call("states", "startExecution.sync:2", params), json("{\"done\": true}"));
        // THEN
        then(envelope.get("Input")).isEqualTo(json("{\"n\": 1}"));
        then(envelope.get("Output")).isEqualTo(json("{\"done\": true}"));
    }

    @Test
    void should_run_an_ecs_task_in_the_executions_region_and_account() {
        // WHEN
        JsonNode envelope = catalogue.wrap(call("ecs", "runTask",
                "{\"Cluster\": \"arn:aws:ecs:eu-west-1:222222222222:cluster/jobs\", \"TaskDefinition\": \"td:1\"}"),
                json("{\"Group\": \"family:td\"}"));
        // THEN AWS-REC test_run_task: Failures, Sdk metadata, Tasks
        then(fieldNames(envelope)).containsExactly("Failures", "SdkHttpMetadata", "SdkResponseMetadata", "Tasks");
        JsonNode task = envelope.at("/Tasks/0");
        then(task.get("ClusterArn").asText()).isEqualTo("arn:aws:ecs:eu-west-1:222222222222:cluster/jobs");
        then(task.get("TaskArn").asText()).matches("arn:aws:ecs:eu-west-1:222222222222:task/jobs/[0-9a-f]{32}");
        then(task.get("Group").asText()).isEqualTo("family:td");
        then(envelope.at("/SdkHttpMetadata/HttpHeaders/Content-Type").asText()).isEqualTo("application/x-amz-json-1.1");
    }

    @Test
    void should_describe_a_stopped_task_for_run_task_sync() {
        // WHEN
        JsonNode envelope = catalogue.wrap(call("ecs", "runTask.sync", "{\"Cluster\": \"jobs\"}"), json("{\"StopCode\": \"TaskFailedToStart\"}"));
        // THEN
        then(envelope.get("LastStatus").asText()).isEqualTo("STOPPED");
        then(envelope.get("StopCode").asText()).isEqualTo("TaskFailedToStart");
        then(envelope.has("SdkHttpMetadata")).isFalse();
    }

    @Test
    void should_give_a_glue_job_run_the_same_id_when_started_and_when_described() {
        // GIVEN
        String params = "{\"JobName\": \"etl\"}";
        // WHEN
        JsonNode started = catalogue.wrap(call("glue", "startJobRun", params), null);
        JsonNode finished = catalogue.wrap(call("glue", "startJobRun.sync", params), null);
        // THEN
        then(started.get("JobRunId").asText()).matches("jr_[0-9a-f]{64}");
        then(finished.get("JobRunState").asText()).isEqualTo("SUCCEEDED");
        then(finished.get("JobName").asText()).isEqualTo("etl");
        then(finished.has("Arguments")).isFalse();
    }

    @Test
    void should_submit_a_batch_job_and_describe_it_for_sync() {
        // GIVEN
        String params = "{\"JobName\": \"nightly\", \"JobQueue\": \"q\", \"JobDefinition\": \"d\"}";
        // WHEN
        JsonNode submitted = catalogue.wrap(call("batch", "submitJob", params), null);
        JsonNode finished = catalogue.wrap(call("batch", "submitJob.sync", params), json("{\"Status\": \"SUCCEEDED\", \"Container\": {\"ExitCode\": 0}}"));
        // THEN
        then(submitted.get("JobArn").asText()).isEqualTo("arn:aws:batch:eu-west-1:222222222222:job/" + submitted.get("JobId").asText());
        then(submitted.has("SdkHttpMetadata")).isTrue();
        then(finished.get("JobQueue").asText()).isEqualTo("q");
        then(finished.at("/Container/ExitCode").asInt()).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"\"          | 0 | d41d8cd98f00b204e9800998ecf8427e",   // AWS-REC test_s3_get_object[empty_str]
            "\"text data\" | 9 | 332eec544317a6d340b8e77da7fe54ad"})  // AWS-REC test_s3_get_object[str]
    void should_describe_an_s3_object_body_with_length_and_etag(String body, int length, String etag) {
        // WHEN
        JsonNode envelope = catalogue.wrap(call("s3", "getObject", "{\"Bucket\": \"b\", \"Key\": \"k\"}"), json(body));
        // THEN
        then(envelope.get("Body")).isEqualTo(json(body));
        then(envelope.get("ContentLength").asInt()).isEqualTo(length);
        then(envelope.get("ETag").asText()).isEqualTo("\"" + etag + "\"");
        then(envelope.get("LastModified").asText()).isEqualTo("2026-03-04T05:06:07.089Z");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {   // AWS-REC test_s3_put_object[str|dict|list|bool|num]
            "\"text data\"         | 2b5df3712557f503a9977a8ea893b2c9 | KUmHvQ==",
            "{\"Dict\": \"Value\"} | 49e31cee5aec8faf3345893addb14346 | hnEfWw==",
            "[\"List\", \"Data\"]  | 6b23860357f6e63a0272b7f1143a663a | 1F2MPA==",
            "false                 | 68934a3e9455fa72420237eb05902327 | K81oMA==",
            "0                     | cfcd208495d565ef66e7dff9f98764da | 9NvfIQ=="})
    void should_checksum_a_put_object_body_as_aws_does(String body, String etag, String crc32) {
        // WHEN
        JsonNode envelope = catalogue.wrap(call("s3", "putObject", "{\"Bucket\": \"b\", \"Key\": \"k\", \"Body\": " + body + "}"), null);
        // THEN
        then(envelope).isEqualTo(json("{\"ChecksumCRC32\": \"" + crc32 + "\", \"ChecksumType\": \"FULL_OBJECT\", "
                + "\"ETag\": \"\\\"" + etag + "\\\"\", \"ServerSideEncryption\": \"AES256\"}"));
    }

    @Test
    void should_wrap_an_http_response_body() {
        // WHEN
        JsonNode envelope = catalogue.wrap(call("http", "invoke", "{\"ApiEndpoint\": \"https://x\", \"Method\": \"GET\"}"),
                json("{\"id\": 7}"));
        // THEN
        then(fieldNames(envelope)).containsExactly("Headers", "ResponseBody", "StatusCode", "StatusText");
        then(envelope.get("ResponseBody")).isEqualTo(json("{\"id\": 7}"));
        then(envelope.get("StatusCode").asInt()).isEqualTo(200);
        then(envelope.get("StatusText").asText()).isEqualTo("OK");
        then(envelope.at("/Headers/content-type/0").asText()).isEqualTo("application/json");
    }

    @ParameterizedTest
    @CsvSource({
            "aws-sdk:dynamodb, getItem",          // AWS-REC: aws-sdk responses carry no SDK metadata
            "aws-sdk:s3, getObject",
            "aws-sdk:kinesis, putRecord",         // a service the data file does not list
            "lambda, invoke.waitForTaskToken",    // the result of a callback is what SendTaskSuccess sent
            "sqs, sendMessage.waitForTaskToken",
            "athena, startQueryExecution",        // an integration the catalogue does not know
            "activity, arn:aws:states:us-east-1:1:activity:a"})
    void should_return_the_payload_as_is(String resourceType, String action) {
        // GIVEN
        JsonNode payload = json("{\"Item\": {\"id\": {\"S\": \"1\"}}}");
        // WHEN
        JsonNode result = catalogue.wrap(resourceType, action, payload, json("{}"));
        // THEN
        then(result).isSameAs(payload);
    }

    @Test
    void should_use_default_time_region_and_account_without_an_invocation() {
        // WHEN
        JsonNode envelope = catalogue.wrap("batch", "submitJob", null, json("{\"JobName\": \"j\"}"));
        // THEN
        then(envelope.get("JobArn").asText()).startsWith("arn:aws:batch:us-east-1:111111111111:job/");
        then(envelope.at("/SdkHttpMetadata/HttpHeaders/Date").asText()).isEqualTo("Thu, 01 Jan 2026 00:00:00 GMT");
    }
}
