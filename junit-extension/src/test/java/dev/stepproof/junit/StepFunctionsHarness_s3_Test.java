package dev.stepproof.junit;

import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.S3Objects;
import dev.stepproof.toolkit.S3Output;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.BDDAssertions.then;

/** The harness hands S3 objects to distributed Maps and collects what their ResultWriters write. */
@StepFunctionsTest
class StepFunctionsHarness_s3_Test {

    private static final String DEFINITION = """
            {"StartAt": "Each", "States": {"Each": {"Type": "Map",
              "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "Parameters": {"Bucket": "in", "Key": "n.jsonl"},
                             "ReaderConfig": {"InputType": "JSONL"}},
              "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                "StartAt": "Inner", "States": {"Inner": {"Type": "Pass", "End": true}}},
              "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject", "Parameters": {"Bucket": "out", "Prefix": "p"}},
              "End": true}}}""";

    @Test
    void should_read_items_from_the_given_s3_objects_and_write_results_to_the_given_output(StepFunctionsHarness sfn) {
        // GIVEN
        S3Output output = S3Output.inMemory();
        sfn.withDefinitionText(DEFINITION)
                .withS3Objects(S3Objects.builder().put("in", "n.jsonl", "1\n2\n3\n").build())
                .withS3Output(output);
        // WHEN
        Execution execution = sfn.run();
        // THEN
        then(execution.succeeded()).as(execution.toString()).isTrue();
        String manifest = execution.output().path("ResultWriterDetails").path("Key").asText();
        then(output.text("out", manifest)).isPresent();
        then(execution.mapRuns("Each").get(0).succeeded()).isEqualTo(3);
    }
}
