package dev.stepproof.toolkit.internal.catalogue;

import dev.stepproof.toolkit.spi.TaskResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.stepproof.toolkit.internal.catalogue.Calls.call;
import static org.assertj.core.api.BDDAssertions.then;

/** Service-correct error names and causes (ASL-SEMANTICS §9.2, §9.3). */
class IntegrationCatalogue_errors_Test {

    private final IntegrationCatalogue catalogue = IntegrationCatalogue.standard();

    @ParameterizedTest
    @CsvSource({
            "lambda, invoke, Lambda.TooManyRequestsException",
            "lambda, arn:aws:lambda:us-east-1:1:function:f, Lambda.TooManyRequestsException",
            "aws-sdk:lambda, invoke, Lambda.TooManyRequestsException",
            "dynamodb, putItem, DynamoDB.ProvisionedThroughputExceededException",
            "aws-sdk:dynamodb, putItem, DynamoDb.ProvisionedThroughputExceededException",
            "sqs, sendMessage, SQS.AmazonSQSException",
            "aws-sdk:sqs, sendMessage, Sqs.RequestThrottledException",
            "sns, publish, SNS.ThrottledException",
            "aws-sdk:sns, publish, Sns.ThrottledException",
            "events, putEvents, EventBridge.AmazonEventBridgeException",
            "aws-sdk:eventbridge, putEvents, EventBridge.EventBridgeException",
            "states, startExecution.sync:2, StepFunctions.AWSStepFunctionsException",
            "aws-sdk:sfn, startExecution, Sfn.SfnException",
            "ecs, runTask.sync, ECS.AmazonECSException",
            "glue, startJobRun, Glue.AWSGlueException",
            "batch, submitJob, Batch.AWSBatchException",
            "s3, getObject, S3.S3Exception",
            "aws-sdk:s3, putObject, S3.S3Exception",
            "aws-sdk:secretsmanager, getSecretValue, SecretsManager.SecretsManagerException",
            "aws-sdk:kinesis, putRecord, Kinesis.KinesisException",     // not in the data: the <Prefix>.<Prefix>Exception rule
            "aws-sdk:acmpca, deleteCertificateAuthority, AcmPca.AcmPcaException",
            "http, invoke, States.Http.StatusCode.429",
            "activity, arn:aws:states:us-east-1:1:activity:a, States.TaskFailed"})
    void should_name_the_throttling_error_of_each_integration(String resourceType, String action, String error) {
        // WHEN
        String name = catalogue.throttlingError(resourceType, action);
        // THEN
        then(name).isEqualTo(error);
    }

    @ParameterizedTest
    @CsvSource({
            "dynamodb, putItem, conditionalCheckFailed, DynamoDB.ConditionalCheckFailedException",
            "aws-sdk:dynamodb, putItem, conditionalCheckFailed, DynamoDb.ConditionalCheckFailedException",
            "dynamodb, getItem, notFound, DynamoDB.ResourceNotFoundException",
            "dynamodb, getItem, validation, DynamoDB.AmazonDynamoDBException",
            "aws-sdk:dynamodb, query, validation, DynamoDb.DynamoDbException",
            "dynamodb, getItem, serviceUnavailable, DynamoDB.InternalServerErrorException",
            "lambda, invoke, notFound, Lambda.ResourceNotFoundException",
            "lambda, invoke, serviceUnavailable, Lambda.ServiceException",
            "lambda, invoke, accessDenied, Lambda.AWSLambdaException",
            "lambda, invoke, unknown, Lambda.Unknown",
            "sns, publish, notFound, SNS.NotFoundException",
            "sns, publish, validation, SNS.InvalidParameterException",
            "sns, publish, accessDenied, SNS.AuthorizationErrorException",
            "sqs, sendMessage, sdkClient, SQS.SdkClientException",
            "states, startExecution, notFound, StepFunctions.StateMachineDoesNotExistException",
            "states, startExecution.sync, jobFailed, States.TaskFailed",
            "ecs, runTask.sync, jobFailed, States.TaskFailed",
            "events, putEvents, failedEntry, EventBridge.FailedEntry",
            "aws-sdk:s3, getObject, notFound, S3.NoSuchKeyException",
            "s3, putObject, notFound, S3.NoSuchBucketException",          // the action's own entry wins
            "s3, getObject, notFound, S3.NoSuchKeyException",
            "aws-sdk:sfn, sendTaskSuccess, invalidToken, Sfn.InvalidTokenException",
            "aws-sdk:kinesis, putRecord, accessDenied, Kinesis.KinesisException",
            "http, invoke, notFound, States.Http.StatusCode.404"})
    void should_name_common_failure_kinds(String resourceType, String action, String kind, String error) {
        // WHEN / THEN
        then(catalogue.errorName(resourceType, action, kind)).contains(error);
    }

    @ParameterizedTest
    @CsvSource({
            "lambda, invoke, conditionalCheckFailed",
            "aws-sdk:kinesis, putRecord, notFound",
            "athena, startQueryExecution, throttling",
            "dynamodb, putItem, noSuchKind"})
    void should_know_no_name_for_kinds_an_integration_does_not_have(String resourceType, String action, String kind) {
        // WHEN / THEN
        then(catalogue.errorName(resourceType, action, kind)).isEmpty();
    }

    @Test
    void should_format_an_sdk_v1_cause_as_aws_records_it() {
        // WHEN
        TaskResult.Failure failure = catalogue.failure(call("sns", "publish", "{\"TopicArn\": \"t\"}"), "notFound").orElseThrow();
        // THEN AWS-REC test_publish_base_error_topic_arn
        then(failure.error()).isEqualTo("SNS.NotFoundException");
        then(failure.cause()).matches("Topic does not exist \\(Service: AmazonSNS; Status Code: 404; Error Code: NotFound; "
                + "Request ID: [0-9a-f-]{36}; Proxy: null\\)");
    }

    @Test
    void should_format_an_sdk_v2_cause_as_aws_records_it() {
        // WHEN
        TaskResult.Failure failure = catalogue.failure(call("aws-sdk:secretsmanager", "createSecret", "{}"), "validation").orElseThrow();
        // THEN AWS-REC test_invalid_secret_name
        then(failure.error()).isEqualTo("SecretsManager.SecretsManagerException");
        then(failure.cause()).matches("Invalid name\\. \\(Service: SecretsManager, Status Code: 400, Request ID: [0-9a-f-]{36}\\)");
    }

    @Test
    void should_give_a_throttled_lambda_call_a_reproducible_cause() {
        // GIVEN
        var invocation = call("lambda", "invoke", "{\"FunctionName\": \"f\"}");
        // WHEN
        TaskResult.Failure once = catalogue.failure(invocation, "throttling").orElseThrow();
        TaskResult.Failure again = catalogue.failure(invocation, "throttling").orElseThrow();
        // THEN
        then(once.cause()).startsWith("Rate Exceeded. (Service: AWSLambda; Status Code: 429; Error Code: TooManyRequestsException; Request ID: ");
        then(again).isEqualTo(once);
    }

    @Test
    void should_use_the_message_alone_for_http_and_failed_entries() {
        // WHEN
        TaskResult.Failure http = catalogue.failure(call("http", "invoke", "{}"), "throttling").orElseThrow();
        TaskResult.Failure entry = catalogue.failure(call("events", "putEvents", "{}"), "failedEntry").orElseThrow();
        // THEN
        then(http.cause()).isEqualTo("Too Many Requests");
        then(entry.cause()).startsWith("{\"Entries\":[");
    }
}
