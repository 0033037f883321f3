package dev.stepproof.toolkit.internal.audit.secrets;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.SourcePosition;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.FindingLocation;
import dev.stepproof.toolkit.internal.audit.secrets.TaintAnalysis.Sink;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TaintAnalysisTest {

    private static final String GET = "\"Get\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::aws-sdk:secretsmanager:getSecretValue\", "
            + "\"Parameters\": {\"SecretId\": \"db\"}, ";

    private static List<TaintAnalysis.Flow> flows(String states) throws Exception {
        String definition = "{\"StartAt\": \"Get\", \"States\": {" + states + "}}";
        var machine = DefinitionReader.standard().read(definition, "m.json").orElseThrow();
        AuditSubject subject = AuditSubject.builder("m", machine, new ObjectMapper().readTree(definition),
                p -> new FindingLocation("m.json", p, SourcePosition.UNKNOWN, p)).build();
        return TaintAnalysis.of(subject).flows();
    }

    @Test
    void should_follow_a_secret_through_result_path_and_lose_it_at_a_narrowing_output_path() throws Exception {
        // GIVEN
        String states = GET + "\"ResultPath\": \"$.secret\", \"Next\": \"Keep\"},"
                + "\"Keep\": {\"Type\": \"Pass\", \"Next\": \"Drop\"},"
                + "\"Drop\": {\"Type\": \"Pass\", \"OutputPath\": \"$.order\", \"End\": true}";

        // WHEN
        List<TaintAnalysis.Flow> flows = flows(states);

        // THEN
        assertThat(flows).extracting(f -> f.sink(), f -> f.state().name())
                .containsExactly(tuple(Sink.OUTPUT, "Get"), tuple(Sink.OUTPUT, "Keep"));
    }

    @Test
    void should_treat_result_selector_of_non_secret_fields_and_a_null_result_path_as_sanitisers() throws Exception {
        // GIVEN
        String selected = GET + "\"ResultSelector\": {\"arn.$\": \"$.ARN\", \"name.$\": \"$.Name\"}, \"End\": true}";
        String discarded = GET + "\"ResultPath\": null, \"End\": true}";

        // WHEN / THEN
        assertThat(flows(selected)).isEmpty();
        assertThat(flows(discarded)).isEmpty();
    }

    @Test
    void should_follow_a_secret_into_a_variable_and_from_there_into_a_message() throws Exception {
        // GIVEN
        String states = GET + "\"Assign\": {\"password.$\": \"$.SecretString\"}, \"ResultPath\": null, \"Next\": \"Notify\"},"
                + "\"Notify\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::sns:publish\", "
                + "\"Parameters\": {\"TopicArn\": \"arn:aws:sns:us-east-1:1:t\", \"Message.$\": \"$password\"}, \"End\": true}";

        // WHEN
        List<TaintAnalysis.Flow> flows = flows(states);

        // THEN
        assertThat(flows).extracting(f -> f.sink(), f -> f.state().name(), f -> f.detail())
                .containsExactly(tuple(Sink.VARIABLE, "Get", "password"), tuple(Sink.OUTBOUND, "Notify", "Parameters"));
    }

    @Test
    void should_carry_a_tainted_array_into_map_iterations() throws Exception {
        // GIVEN
        String states = "\"Get\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::aws-sdk:ssm:getParameters\", "
                + "\"Parameters\": {\"Names\": [\"/db/password\"], \"WithDecryption\": true}, \"ResultPath\": \"$.params\", \"Next\": \"Each\"},"
                + "\"Each\": {\"Type\": \"Map\", \"ItemsPath\": \"$.params.Parameters\", \"ResultPath\": null, \"End\": true,"
                + " \"ItemProcessor\": {\"StartAt\": \"Send\", \"States\": {\"Send\": {\"Type\": \"Task\", "
                + "\"Resource\": \"arn:aws:states:::sqs:sendMessage\", \"Parameters\": {\"QueueUrl\": \"https://sqs.us-east-1.amazonaws.com/1/q\", "
                + "\"MessageBody.$\": \"$.Value\"}, \"End\": true}}}}";

        // WHEN
        List<TaintAnalysis.Flow> flows = flows(states);

        // THEN
        assertThat(flows).extracting(f -> f.sink(), f -> f.state().name())
                .contains(tuple(Sink.OUTBOUND, "Send"));
    }

    @Test
    void should_treat_jsonata_expressions_that_mention_the_secret_result_as_tainted() throws Exception {
        // GIVEN
        String states = "\"Get\": {\"Type\": \"Task\", \"QueryLanguage\": \"JSONata\", "
                + "\"Resource\": \"arn:aws:states:::aws-sdk:secretsmanager:getSecretValue\", \"Arguments\": {\"SecretId\": \"db\"}, "
                + "\"Output\": {\"order\": \"{% $states.input.order %}\", \"pw\": \"{% $states.result.SecretString %}\"}, \"End\": true}";
        String clean = "\"Get\": {\"Type\": \"Task\", \"QueryLanguage\": \"JSONata\", "
                + "\"Resource\": \"arn:aws:states:::aws-sdk:secretsmanager:getSecretValue\", \"Arguments\": {\"SecretId\": \"db\"}, "
                + "\"Output\": \"{% $states.input %}\", \"End\": true}";

        // WHEN / THEN
        assertThat(flows(states)).extracting(f -> f.sink(), f -> f.state().name()).containsExactly(tuple(Sink.OUTPUT, "Get"));
        assertThat(flows(clean)).isEmpty();
    }

    @Test
    void should_reach_a_fixpoint_on_loops() throws Exception {
        // GIVEN
        String states = GET + "\"ResultPath\": \"$.secret\", \"Next\": \"Again\"},"
                + "\"Again\": {\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.n\", \"NumericLessThan\": 3, \"Next\": \"Get\"}], "
                + "\"Default\": \"Done\"}, \"Done\": {\"Type\": \"Fail\", \"Error\": \"E\", \"CausePath\": \"$.secret.SecretString\"}";

        // WHEN
        List<TaintAnalysis.Flow> flows = flows(states);

        // THEN
        assertThat(flows).extracting(f -> f.sink(), f -> f.state().name())
                .containsExactly(tuple(Sink.OUTPUT, "Get"), tuple(Sink.OUTPUT, "Again"), tuple(Sink.FAIL, "Done"));
    }
}
