package dev.stepproof.toolkit.audit;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class Auditor_inputs_Test {

    private static final Path TEMPLATES = RuleFixturesTest.root().resolve("templates");

    @Test
    void should_expand_sam_policy_templates_and_read_the_definition_uri() {
        // GIVEN a SAM state machine: DefinitionUri, substitutions, LambdaInvokePolicy and DynamoDBWritePolicy
        AuditInput input = AuditInput.template(TEMPLATES.resolve("sam.yaml"));

        // WHEN
        AuditReport report = Auditor.standard().audit(input);

        // THEN
        assertThat(report.problems()).isEmpty();
        assertThat(report.machines()).extracting(AuditReport.AuditedMachine::name).containsExactly("OrdersFlow");
        assertThat(report.findingsOf("PERM-001")).isEmpty();
        assertThat(report.findingsOf("PERM-012")).isEmpty();
        assertThat(report.findingsOf("LP-001")).singleElement().satisfies(f ->
                assertThat(f.message()).contains("grants dynamodb:UpdateItem, dynamodb:BatchWriteItem, which no state or setting uses"));
        assertThat(report.findingsOf("OBS-001")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(AuditSeverity.HIGH);
            assertThat(f.message()).isEqualTo("EXPRESS state machine 'OrdersFlow' has logging disabled; EXPRESS executions have no other history.");
        });
        assertThat(report.findingsOf("RES-002")).singleElement().satisfies(f -> {
            assertThat(f.location().source()).endsWith("sam-definition.asl.json");
            assertThat(f.location().position().line()).isEqualTo(12);
        });
    }

    @Test
    void should_read_cdk_synth_output_with_a_definition_joined_from_fragments() {
        // GIVEN cdk.out with a DefinitionString built by Fn::Join around Fn::GetAtt, and an AWS::IAM::Policy on the role
        AuditInput input = AuditInput.cdkOut(TEMPLATES.resolve("cdk.out"));

        // WHEN
        AuditReport report = Auditor.standard().audit(input);

        // THEN
        assertThat(report.problems()).isEmpty();
        assertThat(report.machines()).extracting(AuditReport.AuditedMachine::name).containsExactly("Orders4F3E2D1C");
        assertThat(report.findingsOf("PERM-001")).isEmpty();
        assertThat(report.findingsOf("PERM-012")).isEmpty();
        assertThat(report.findingsOf("SEC-001")).singleElement().satisfies(f -> {
            assertThat(f.location().pointer()).isEqualTo("/Resources/Orders4F3E2D1C/Properties/DefinitionString");
            assertThat(f.location().logicalPath())
                    .isEqualTo("Orders4F3E2D1C States.Charge.Parameters.Payload.apiKey (inside DefinitionString)");
            assertThat(f.location().position().line()).isEqualTo(98);
            assertThat(f.stateName()).isEqualTo("Charge");
        });
    }

    @Test
    void should_resolve_yaml_short_form_intrinsics_and_see_no_echo_parameters_reach_the_definition() {
        // GIVEN DefinitionString: !Sub [..., {Subject: !Join ...}], RoleArn: !GetAtt, Resource: !Ref, Principal !Sub
        AuditInput input = AuditInput.template(TEMPLATES.resolve("short-form.yaml"));

        // WHEN
        AuditReport report = Auditor.standard().audit(input);

        // THEN
        assertThat(report.problems()).isEmpty();
        assertThat(report.findingsOf("PERM-001")).isEmpty();
        assertThat(report.findingsOf("PERM-012")).isEmpty();
        assertThat(report.findingsOf("TRUST-001")).isEmpty();
        assertThat(report.findingsOf("TRUST-002")).hasSize(1);
        assertThat(report.findingsOf("SEC-005")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("State 'Notify' has in 'token' a NoEcho parameter, which CloudFormation resolves into the stored definition.");
            // the definition is a literal block (!Sub |): its lines are the template's lines
            assertThat(f.location().position()).isEqualTo(new dev.stepproof.toolkit.SourcePosition(25, 110));
            assertThat(f.location().logicalPath()).isEqualTo("Flow States.Notify.Parameters.token");
        });
        assertThat(report.machines().get(0).leastPrivilegePolicy().toString())
                .isEqualTo("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"sns:Publish\"],\"Resource\":[\"${NotifyTopic.Arn}\"]}]}");
    }

    @Test
    void should_audit_a_yaml_definition_and_locate_findings_on_its_lines() {
        // GIVEN a YAML definition and a role that only allows the Lambda call
        Path definitions = RuleFixturesTest.root().resolve("definitions");
        AuditInput input = AuditInput.definition(definitions.resolve("orders.asl.yaml"))
                .withRolePolicy(RuleFixturesTest.RULES.resolve("PERM-001/fires/policy.json"));

        // WHEN
        AuditReport report = Auditor.standard().audit(input);

        // THEN
        assertThat(report.problems()).isEmpty();
        assertThat(report.findingsOf("PERM-001")).singleElement().satisfies(f -> {
            assertThat(f.stateName()).isEqualTo("Save");
            assertThat(f.location().position()).isEqualTo(new dev.stepproof.toolkit.SourcePosition(13, 5));
            assertThat(f.message()).contains("needs dynamodb:PutItem on arn:aws:dynamodb:*:*:table/orders");
        });
        assertThat(report.findingsOf("RES-001")).extracting(Finding::stateName).containsExactly("Charge");
    }

    @Test
    void should_know_a_task_resource_given_as_a_template_activity() {
        // GIVEN Resource: ${ActivityArn}, substituted with !Ref of an AWS::StepFunctions::Activity
        AuditInput input = AuditInput.template(TEMPLATES.resolve("activity.yaml"));

        // WHEN
        AuditReport report = Auditor.standard().audit(input);

        // THEN activities need no permissions, no Lambda retrier, but a heartbeat
        assertThat(report.problems()).isEmpty();
        assertThat(report.findingsOf("PERM-010")).isEmpty();
        assertThat(report.findingsOf("RES-001")).isEmpty();
        assertThat(report.findingsOf("RES-003")).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("Activity Task 'Approve' has no HeartbeatSeconds; a lost token or a dead worker leaves the execution waiting until the timeout."));
    }

    @Test
    void should_report_an_unreadable_input_as_a_problem_not_an_exception() {
        // GIVEN
        AuditInput input = AuditInput.definition(TEMPLATES.resolve("does-not-exist.asl.json"));

        // WHEN
        AuditReport report = Auditor.standard().audit(input);

        // THEN
        assertThat(report.findings()).isEmpty();
        assertThat(report.problems()).singleElement().satisfies(d -> assertThat(d.code()).isEqualTo("SP-A001"));
        assertThat(report.hasProblems()).isTrue();
    }
}
