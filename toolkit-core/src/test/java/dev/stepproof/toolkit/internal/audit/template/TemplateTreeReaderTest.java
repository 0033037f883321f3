package dev.stepproof.toolkit.internal.audit.template;

import dev.stepproof.toolkit.SourcePosition;
import dev.stepproof.toolkit.internal.parse.LocatedDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateTreeReaderTest {

    @Test
    void should_turn_short_form_tags_into_long_form_intrinsics() {
        // GIVEN
        String yaml = """
                A: !Ref Queue
                B: !GetAtt Fn.Arn
                C: !Sub "arn:${AWS::Partition}:s3:::b"
                D: !Join ['', [a, !Ref Stage]]
                E: !If [IsProd, !Ref A, !Ref 'AWS::NoValue']
                """;

        // WHEN
        LocatedDocument doc = new TemplateTreeReader().read(yaml, false, "t.yaml").document();

        // THEN
        assertThat(doc.root().toString()).isEqualTo("{\"A\":{\"Ref\":\"Queue\"},\"B\":{\"Fn::GetAtt\":[\"Fn\",\"Arn\"]},"
                + "\"C\":{\"Fn::Sub\":\"arn:${AWS::Partition}:s3:::b\"},\"D\":{\"Fn::Join\":[\"\",[\"a\",{\"Ref\":\"Stage\"}]]},"
                + "\"E\":{\"Fn::If\":[\"IsProd\",{\"Ref\":\"A\"},{\"Ref\":\"AWS::NoValue\"}]}}");
    }

    @Test
    void should_locate_keys_and_the_values_inside_tags() {
        // GIVEN
        String yaml = "Resources:\n  Flow:\n    Properties:\n      RoleArn: !GetAtt Role.Arn\n";

        // WHEN
        LocatedDocument doc = new TemplateTreeReader().read(yaml, false, "t.yaml").document();

        // THEN
        assertThat(doc.positionOf("/Resources/Flow/Properties/RoleArn")).isEqualTo(new SourcePosition(4, 7));
        assertThat(doc.positionOf("/Resources/Flow/Properties/RoleArn/Fn::GetAtt")).isEqualTo(new SourcePosition(4, 16));
    }

    @Test
    void should_explain_a_syntax_error_with_its_line() {
        // WHEN
        TemplateTreeReader.Outcome outcome = new TemplateTreeReader().read("{\"a\": [1, 2}", true, "t.json");

        // THEN
        assertThat(outcome.document()).isNull();
        assertThat(outcome.problem()).startsWith("the template is not valid JSON: Unexpected close marker '}'");
        assertThat(outcome.where().line()).isEqualTo(1);
    }
}
