package dev.stepproof.toolkit.internal.audit.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.SourcePosition;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.FindingLocation;
import dev.stepproof.toolkit.audit.PolicyDocument;
import dev.stepproof.toolkit.internal.audit.iam.PermissionModel.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PermissionModelTest {

    private static final IamRequirements TABLE = IamRequirements.standard();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static PermissionModel model(String states, String... statements) throws Exception {
        String definition = "{\"StartAt\": \"A\", \"States\": {" + states + "}}";
        JsonNode root = JSON.readTree(definition);
        AuditSubject.Builder subject = AuditSubject.builder("m", DefinitionReader.standard().read(definition, "m.json").orElseThrow(),
                root, p -> new FindingLocation("m.json", p, SourcePosition.UNKNOWN, p));
        subject.role(p -> new FindingLocation("policy.json", p, SourcePosition.UNKNOWN, p));
        for (String s : statements) {
            subject.policy(new PolicyDocument("policy.json", JSON.readTree("{\"Statement\": [" + s + "]}"),
                    p -> new FindingLocation("policy.json", p, SourcePosition.UNKNOWN, p)));
        }
        return PermissionModel.of(subject.build(), TABLE);
    }

    private static String task(String resource, String parameters) {
        return "\"A\": {\"Type\": \"Task\", \"Resource\": \"" + resource + "\", \"Parameters\": " + parameters + ", \"End\": true}";
    }

    @Test
    void should_derive_sync_polling_events_and_cancel_needs_for_a_child_execution() throws Exception {
        // GIVEN
        String states = task("arn:aws:states:::states:startExecution.sync:2",
                "{\"StateMachineArn\": \"arn:aws:states:us-east-1:111:stateMachine:child\"}");

        // WHEN
        PermissionModel model = model(states);

        // THEN
        assertThat(model.requirements()).extracting(Requirement::group, Requirement::action, r -> r.resources().get(0))
                .containsExactly(
                        tuple("call", "states:StartExecution", "arn:aws:states:us-east-1:111:stateMachine:child"),
                        tuple("polling", "states:DescribeExecution", "arn:aws:states:us-east-1:111:execution:child:*|arn:aws:states:us-east-1:111:execution:child/*"),
                        tuple("cancel", "states:StopExecution", "arn:aws:states:us-east-1:111:execution:child:*|arn:aws:states:us-east-1:111:execution:child/*"),
                        tuple("events", "events:PutTargets", "arn:aws:events:*:*:rule/StepFunctionsGetEventsForStepFunctionsExecutionRule"),
                        tuple("events", "events:PutRule", "arn:aws:events:*:*:rule/StepFunctionsGetEventsForStepFunctionsExecutionRule"),
                        tuple("events", "events:DescribeRule", "arn:aws:events:*:*:rule/StepFunctionsGetEventsForStepFunctionsExecutionRule"));
    }

    @Test
    void should_turn_a_queue_url_and_event_bus_names_into_arns() throws Exception {
        // GIVEN
        String sqs = task("arn:aws:states:::sqs:sendMessage", "{\"QueueUrl\": \"https://sqs.eu-west-1.amazonaws.com/222/jobs\", \"MessageBody.$\": \"$\"}");
        String events = task("arn:aws:states:::events:putEvents", "{\"Entries\": [{\"Detail\": {}}, {\"EventBusName\": \"orders\", \"Detail\": {}}]}");

        // WHEN
        PermissionModel queue = model(sqs);
        PermissionModel bus = model(events);

        // THEN
        assertThat(queue.requirements().get(0).resources()).containsExactly("arn:aws:sqs:eu-west-1:222:jobs");
        assertThat(bus.requirements().get(0).resources())
                .containsExactly("arn:aws:events:*:*:event-bus/default", "arn:aws:events:*:*:event-bus/orders");
    }

    @Test
    void should_name_aws_sdk_actions_by_rule_or_exception_and_mark_path_resources_unknown() throws Exception {
        // GIVEN
        String list = task("arn:aws:states:::aws-sdk:s3:listObjectsV2", "{\"Bucket\": \"exports\"}");
        String kinesis = task("arn:aws:states:::aws-sdk:kinesis:putRecord", "{\"StreamName.$\": \"$.stream\"}");

        // WHEN
        Requirement listing = model(list).requirements().get(0);
        Requirement put = model(kinesis).requirements().get(0);

        // THEN
        assertThat(listing.action()).isEqualTo("s3:ListBucket");
        assertThat(listing.byRule()).isFalse();
        assertThat(listing.resources()).containsExactly("arn:aws:s3:::exports");
        assertThat(put.action()).isEqualTo("kinesis:PutRecord");
        assertThat(put.byRule()).isTrue();
        assertThat(put.resources()).containsExactly(Requirement.UNKNOWN);
    }

    @Test
    void should_let_an_explicit_deny_win_and_leave_conditions_and_not_actions_to_their_meaning() throws Exception {
        // GIVEN
        String states = task("arn:aws:states:::dynamodb:putItem", "{\"TableName\": \"orders\", \"Item\": {}}");
        String allowAll = "{\"Effect\": \"Allow\", \"NotAction\": \"iam:*\", \"Resource\": \"*\"}";
        String deny = "{\"Effect\": \"Deny\", \"Action\": \"dynamodb:*\", \"Resource\": \"*\"}";
        String conditional = "{\"Effect\": \"Allow\", \"Action\": \"dynamodb:PutItem\", \"Resource\": \"*\", \"Condition\": {\"Bool\": {\"aws:SecureTransport\": \"true\"}}}";

        // WHEN
        List<Outcome> notAction = model(states, allowAll).verdicts().stream().map(PermissionModel.Verdict::outcome).toList();
        List<Outcome> denied = model(states, allowAll, deny).verdicts().stream().map(PermissionModel.Verdict::outcome).toList();
        List<Outcome> unknown = model(states, conditional).verdicts().stream().map(PermissionModel.Verdict::outcome).toList();
        List<Outcome> missing = model(states).verdicts().stream().map(PermissionModel.Verdict::outcome).toList();

        // THEN
        assertThat(notAction).containsExactly(Outcome.ALLOWED);
        assertThat(denied).containsExactly(Outcome.DENIED);
        assertThat(unknown).containsExactly(Outcome.UNKNOWN);
        assertThat(missing).containsExactly(Outcome.MISSING);
    }

    @Test
    void should_print_a_least_privilege_policy_with_one_statement_per_scope() throws Exception {
        // GIVEN
        String states = "\"A\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:lambda:us-east-1:111:function:f\", \"Next\": \"B\"},"
                + task("arn:aws:states:::glue:startJobRun", "{\"JobName\": \"nightly\"}").replace("\"A\"", "\"B\"");

        // WHEN
        String policy = model(states).leastPrivilegePolicy().toString();

        // THEN
        assertThat(policy).isEqualTo("{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Effect\":\"Allow\",\"Action\":[\"lambda:InvokeFunction\"],\"Resource\":[\"arn:aws:lambda:us-east-1:111:function:f\"]},"
                + "{\"Effect\":\"Allow\",\"Action\":[\"glue:StartJobRun\"],\"Resource\":[\"*\"]}]}");
    }
}
