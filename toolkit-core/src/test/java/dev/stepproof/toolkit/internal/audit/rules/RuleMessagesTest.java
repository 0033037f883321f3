package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.model.StateMachine;
import dev.stepproof.toolkit.model.TaskState;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The exact text of each rule's message and fix factories (the fixtures check that the rules use them). */
class RuleMessagesTest {

    private static final StateMachine MACHINE = DefinitionReader.standard().read("""
            {"StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "f"},
                         "Next": "Wait"},
              "Wait": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                       "Parameters": {"QueueUrl": "q", "MessageBody": {"t.$": "$$.Task.Token"}}, "End": true}}}""", "m.json").orElseThrow();
    private static final TaskState CHARGE = (TaskState) MACHINE.findState("Charge").orElseThrow();
    private static final TaskState WAIT = (TaskState) MACHINE.findState("Wait").orElseThrow();

    @Test
    void resilience_messages() {
        assertThat(LambdaRetryRule.message(CHARGE, List.of("Lambda.ServiceException")))
                .isEqualTo("Lambda Task 'Charge' does not retry Lambda.ServiceException.");
        assertThat(CallbackTimeoutRule.message(WAIT, false, false, false))
                .isEqualTo("Callback Task 'Wait' has no TimeoutSeconds or HeartbeatSeconds; a lost token or a dead worker "
                        + "leaves the execution waiting for up to a year.");
        assertThat(CallbackTimeoutRule.message(WAIT, false, true, false))
                .isEqualTo("Callback Task 'Wait' has no HeartbeatSeconds; a lost token or a dead worker leaves the execution "
                        + "waiting until the timeout.");
        assertThat(TaskRetryRule.fix("DynamoDB.ProvisionedThroughputExceededException"))
                .isEqualTo("Add a retrier for the integration's transient errors, e.g. {\"ErrorEquals\": "
                        + "[\"DynamoDB.ProvisionedThroughputExceededException\"], \"IntervalSeconds\": 1, \"MaxAttempts\": 3, "
                        + "\"BackoffRate\": 2, \"JitterStrategy\": \"FULL\"}.");
        assertThat(ChoiceDefaultRule.message(CHARGE))
                .isEqualTo("Choice 'Charge' has no Default; an input no rule matches fails the execution with States.NoChoiceMatched.");
        assertThat(ExecutionTimeoutRule.message("orders"))
                .isEqualTo("STANDARD state machine 'orders' has no top-level TimeoutSeconds; a stuck execution runs for up to a year.");
        assertThat(VolatileRetriedPayloadRule.message(CHARGE, "ClientToken.$", "States.UUID()"))
                .isEqualTo("Retried Task 'Charge' computes 'ClientToken.$' from States.UUID(), which changes on every attempt.");
    }

    @Test
    void definition_and_settings_messages() {
        assertThat(CallbackTokenRule.message(WAIT)).isEqualTo("Callback Task 'Wait' never passes $$.Task.Token, so no worker can complete it.");
        assertThat(LoggingDisabledRule.message("Orders", false)).isEqualTo("STANDARD state machine 'Orders' has logging disabled.");
        assertThat(LogDestinationRule.message("arn:aws:logs:us-east-1:1:log-group:x"))
                .isEqualTo("Log destination arn:aws:logs:us-east-1:1:log-group:x does not end with ':*'.");
        assertThat(LogDestinationRule.fix("arn:aws:logs:us-east-1:1:log-group:x"))
                .isEqualTo("Use arn:aws:logs:us-east-1:1:log-group:x:* (or !GetAtt LogGroup.Arn).");
        assertThat(NotAnalysable.message("Orders", "its definition is stored in S3"))
                .isEqualTo("State machine 'Orders' was not fully audited: its definition is stored in S3.");
        assertThat(SecretInLogsRule.message("Orders", Set.of("GetSecret")))
                .isEqualTo("State machine 'Orders' logs execution data (IncludeExecutionData: true) while secrets from [GetSecret] flow through its states.");
        assertThat(HttpCredentialRule.message(CHARGE, "Headers", "Authorization", true))
                .isEqualTo("HTTP Task 'Charge' sets Headers 'Authorization' from the state input instead of using its connection.");
        assertThat(UnmappedIntegrationRule.message(CHARGE))
                .isEqualTo("State 'Charge' calls arn:aws:states:::lambda:invoke, whose IAM permissions StepProof does not know; they were not checked.");
        assertThat(BroadManagedPolicyRule.message("Orders", "arn:aws:iam::aws:policy/PowerUserAccess"))
                .isEqualTo("The execution role of 'Orders' has the managed policy arn:aws:iam::aws:policy/PowerUserAccess attached.");
    }

    @Test
    void permission_messages() {
        assertThat(ServiceWildcardRule.fix("s3:*", Set.of())).isEqualTo("Remove 's3:*'.");
        assertThat(ServiceWildcardRule.fix("s3:Get*", Set.of("s3:GetObject"))).isEqualTo("Replace 's3:Get*' with s3:GetObject.");
        assertThat(ServiceWildcardRule.broad("dynamodb:*")).isTrue();
        assertThat(ServiceWildcardRule.broad("s3:Get*")).isTrue();
        assertThat(ServiceWildcardRule.broad("sqs:SendMessage*")).isFalse();
        assertThat(ServiceWildcardRule.broad("*")).isFalse();
        assertThat(Roles.effectivelyStar("arn:aws:lambda:*:*:function:*")).isTrue();
        assertThat(Roles.effectivelyStar("arn:aws:dynamodb:${AWS::Region}:${AWS::AccountId}:table/*")).isTrue();
        assertThat(Roles.effectivelyStar("arn:aws:states:us-east-1:1:execution:child:*")).isFalse();
        assertThat(Roles.effectivelyStar("arn:aws:s3:::bucket/*")).isFalse();
        assertThat(Roles.readOnly("dynamodb:GetItem")).isTrue();
        assertThat(Roles.readOnly("dynamodb:PutItem")).isFalse();
    }
}
