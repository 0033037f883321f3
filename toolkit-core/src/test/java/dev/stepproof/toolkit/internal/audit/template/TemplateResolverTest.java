package dev.stepproof.toolkit.internal.audit.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateResolverTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static TemplateResolver resolver() throws Exception {
        return new TemplateResolver(JSON.readTree("""
                {"Parameters": {"Stage": {"Type": "String"}, "Token": {"Type": "String", "NoEcho": "true"}},
                 "Mappings": {"Sizes": {"prod": {"Memory": 1024}}},
                 "Resources": {"Topic": {"Type": "AWS::SNS::Topic"}, "Fn": {"Type": "AWS::Lambda::Function"},
                               "Table": {"Type": "AWS::DynamoDB::Table"}, "Queue": {"Type": "AWS::SQS::Queue"}}}"""));
    }

    private static String resolve(String json) throws Exception {
        JsonNode value = resolver().resolve(JSON.readTree(json));
        return value.isTextual() ? value.asText() : value.toString();
    }

    @Test
    void should_resolve_refs_to_arn_or_name_tokens_by_resource_type() throws Exception {
        // WHEN / THEN
        assertThat(resolve("{\"Ref\": \"Topic\"}")).isEqualTo("${Topic.Arn}");
        assertThat(resolve("{\"Ref\": \"Fn\"}")).isEqualTo("${Fn.Ref}");
        assertThat(resolve("{\"Fn::GetAtt\": [\"Fn\", \"Arn\"]}")).isEqualTo("${Fn.Arn}");
        assertThat(resolve("{\"Ref\": \"Stage\"}")).isEqualTo("${Stage}");
        assertThat(resolve("{\"Ref\": \"Token\"}")).isEqualTo("${NoEcho:Token}");
        assertThat(resolve("{\"Ref\": \"AWS::Partition\"}")).isEqualTo("aws");
        assertThat(resolve("{\"Ref\": \"AWS::Region\"}")).isEqualTo("${AWS::Region}");
    }

    @Test
    void should_evaluate_sub_join_select_and_find_in_map() throws Exception {
        // WHEN / THEN
        assertThat(resolve("{\"Fn::Sub\": [\"${A}-${Stage}-${!Literal}\", {\"A\": {\"Fn::GetAtt\": [\"Fn\", \"Arn\"]}}]}"))
                .isEqualTo("${Fn.Arn}-${Stage}-${Literal}");
        assertThat(resolve("{\"Fn::Join\": [\":\", [\"a\", {\"Ref\": \"AWS::AccountId\"}]]}")).isEqualTo("a:${AWS::AccountId}");
        assertThat(resolve("{\"Fn::Select\": [1, [\"x\", \"y\"]]}")).isEqualTo("y");
        assertThat(resolve("{\"Fn::FindInMap\": [\"Sizes\", \"prod\", \"Memory\"]}")).isEqualTo("1024");
        assertThat(resolve("{\"Fn::If\": [\"C\", \"a\", \"b\"]}")).isEqualTo("${Fn::If}");
        assertThat(resolve("{\"a\": {\"Ref\": \"AWS::NoValue\"}, \"b\": 1}")).isEqualTo("{\"b\":1}");
    }

    @Test
    void should_fold_arns_spelled_around_a_name_into_the_resource_arn_token() throws Exception {
        // WHEN / THEN
        assertThat(resolve("{\"Fn::Sub\": \"arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${Table}\"}"))
                .isEqualTo("${Table.Arn}");
        assertThat(resolve("{\"Fn::Sub\": \"arn:aws:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${Table}/index/*\"}"))
                .isEqualTo("${Table.Arn}/index/*");
        assertThat(resolve("{\"Fn::Sub\": \"arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:${Fn}*\"}"))
                .isEqualTo("${Fn.Arn}*");
        assertThat(resolve("{\"Fn::Sub\": \"arn:aws:sqs:us-east-1:123:${Queue.QueueName}\"}")).isEqualTo("${Queue.Arn}");
    }
}
