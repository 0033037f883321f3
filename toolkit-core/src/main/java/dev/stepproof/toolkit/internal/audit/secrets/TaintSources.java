package dev.stepproof.toolkit.internal.audit.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.model.TaskState;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which Task calls return secrets (Secrets Manager values, decrypted SSM parameters, KMS plaintext, the
 * credential-returning APIs of Cloudsplaining's list) and which send data out of the workflow.
 */
final class TaintSources {

    private static final List<String> SOURCES = List.of("aws-sdk:secretsmanager:getsecretvalue",
            "aws-sdk:secretsmanager:batchgetsecretvalue", "aws-sdk:kms:decrypt", "aws-sdk:kms:generatedatakey",
            "aws-sdk:sts:assumerole", "aws-sdk:sts:assumerolewithwebidentity", "aws-sdk:sts:assumerolewithsaml",
            "aws-sdk:sts:getsessiontoken", "aws-sdk:sts:getfederationtoken", "aws-sdk:ecr:getauthorizationtoken",
            "aws-sdk:iam:createaccesskey", "aws-sdk:redshift:getclustercredentials", "aws-sdk:sso:getrolecredentials");
    private static final List<String> DECRYPTING = List.of("aws-sdk:ssm:getparameter", "aws-sdk:ssm:getparameters",
            "aws-sdk:ssm:getparametersbypath");
    private static final List<String> SINKS = List.of("sns:publish", "sqs:sendmessage", "events:putevents",
            "dynamodb:putitem", "dynamodb:updateitem", "http:invoke", "states:startexecution",
            "aws-sdk:s3:putobject", "aws-sdk:sqs:sendmessage", "aws-sdk:sns:publish", "aws-sdk:eventbridge:putevents",
            "aws-sdk:dynamodb:putitem", "aws-sdk:sfn:startexecution", "aws-sdk:firehose:putrecord",
            "aws-sdk:kinesis:putrecord", "aws-sdk:ses:sendemail", "aws-sdk:sesv2:sendemail");

    private TaintSources() {
    }

    /** @return {@code service:action} after {@code arn:…:states:::}, lower case, without a pattern suffix */
    static String call(TaskState task) {
        String r = task.resource() == null ? "" : task.resource().toLowerCase(Locale.ROOT);
        int i = r.indexOf(":::");
        String call = i < 0 ? r : r.substring(i + 3);
        int dot = call.indexOf('.');
        return dot < 0 ? call : call.substring(0, dot);
    }

    /** @return a description of the secret the Task returns, if it returns one */
    static Optional<String> source(TaskState task) {
        String call = call(task);
        if (SOURCES.contains(call)) {
            return Optional.of(call);
        }
        if (DECRYPTING.contains(call)) {
            JsonNode params = task.parameters() != null ? task.parameters() : task.arguments();
            if (params != null && params.path("WithDecryption").asBoolean(false)) {
                return Optional.of(call + " with WithDecryption");
            }
        }
        return Optional.empty();
    }

    /** @return whether the Task sends its payload out of the workflow */
    static boolean sink(TaskState task) {
        return SINKS.contains(call(task));
    }
}
