package dev.stepproof.toolkit.internal.audit.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.model.TaskState;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which Task calls return secrets (Secrets Manager values, decrypted SSM parameters, KMS plaintext, the
 * credential-returning APIs of Cloudsplaining's list) and which send data out of the workflow.
 */
public final class TaintSources {

    /** Secret-returning calls and the response fields that hold the secret (the rest, e.g. ARN, is not secret). */
    private static final Map<String, List<String>> SOURCES = Map.ofEntries(
            Map.entry("aws-sdk:secretsmanager:getsecretvalue", List.of("$.SecretString", "$.SecretBinary")),
            Map.entry("aws-sdk:secretsmanager:batchgetsecretvalue", List.of("$.SecretValues")),
            Map.entry("aws-sdk:kms:decrypt", List.of("$.Plaintext")),
            Map.entry("aws-sdk:kms:generatedatakey", List.of("$.Plaintext")),
            Map.entry("aws-sdk:sts:assumerole", List.of("$.Credentials")),
            Map.entry("aws-sdk:sts:assumerolewithwebidentity", List.of("$.Credentials")),
            Map.entry("aws-sdk:sts:assumerolewithsaml", List.of("$.Credentials")),
            Map.entry("aws-sdk:sts:getsessiontoken", List.of("$.Credentials")),
            Map.entry("aws-sdk:sts:getfederationtoken", List.of("$.Credentials")),
            Map.entry("aws-sdk:ecr:getauthorizationtoken", List.of("$.AuthorizationData")),
            Map.entry("aws-sdk:iam:createaccesskey", List.of("$.AccessKey")),
            Map.entry("aws-sdk:redshift:getclustercredentials", List.of("$.DbPassword")),
            Map.entry("aws-sdk:sso:getrolecredentials", List.of("$.RoleCredentials")));
    /** SSM reads return secrets only with WithDecryption (SecureString parameters). */
    private static final Map<String, List<String>> DECRYPTING = Map.of(
            "aws-sdk:ssm:getparameter", List.of("$.Parameter.Value"),
            "aws-sdk:ssm:getparameters", List.of("$.Parameters"),
            "aws-sdk:ssm:getparametersbypath", List.of("$.Parameters"));
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
        return secretFields(call, task.parameters() != null ? task.parameters() : task.arguments())
                .map(fields -> DECRYPTING.containsKey(call) ? call + " with WithDecryption" : call);
    }

    /** @return the response fields holding the secret, for a Task {@link #source} recognised */
    static List<String> secretFields(TaskState task) {
        String call = call(task);
        return SOURCES.getOrDefault(call, DECRYPTING.getOrDefault(call, List.of("$")));
    }

    /**
     * The one list of secret-returning calls, shared by the static taint analysis and the test-time history scan
     * ({@code HistorySecretScan}), so the two never disagree about what a secret is.
     *
     * @param call       {@code resourceType:resource} in lower case, e.g. {@code aws-sdk:secretsmanager:getsecretvalue}
     * @param parameters the call's parameters (static or effective), or null; SSM reads count only with
     *                   {@code WithDecryption: true}
     * @return the JSONPaths ({@code $.SecretString}, {@code $.Credentials}, …) of the response fields holding the
     *         secret, or empty when the call returns none
     */
    public static Optional<List<String>> secretFields(String call, JsonNode parameters) {
        if (SOURCES.containsKey(call)) {
            return Optional.of(SOURCES.get(call));
        }
        if (DECRYPTING.containsKey(call) && parameters != null && parameters.path("WithDecryption").asBoolean(false)) {
            return Optional.of(DECRYPTING.get(call));
        }
        return Optional.empty();
    }

    /** @return whether the Task sends its payload out of the workflow */
    static boolean sink(TaskState task) {
        return SINKS.contains(call(task));
    }
}
