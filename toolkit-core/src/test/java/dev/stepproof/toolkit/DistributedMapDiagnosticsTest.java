package dev.stepproof.toolkit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.BDDAssertions.then;

/** Distributed-Map reader and writer settings that cannot work are reported before any run (SP-V030). */
class DistributedMapDiagnosticsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "no InputType        | `\"ReaderConfig\": {}`                                              | /ItemReader/ReaderConfig                   | has no InputType",
            "PARQUET             | `\"ReaderConfig\": {\"InputType\": \"PARQUET\"}`                    | /ItemReader/ReaderConfig/InputType         | PARQUET",
            "GIVEN no headers    | `\"ReaderConfig\": {\"InputType\": \"CSV\", \"CSVHeaderLocation\": \"GIVEN\"}` | /ItemReader/ReaderConfig/CSVHeaderLocation | without CSVHeaders",
            "unknown delimiter   | `\"ReaderConfig\": {\"InputType\": \"CSV\", \"CSVDelimiter\": \"COLON\"}`      | /ItemReader/ReaderConfig/CSVDelimiter      | CSVDelimiter 'COLON'",
    })
    void should_warn_about_an_item_reader_that_cannot_read(String title, String config, String pointer, String message) {
        // GIVEN
        String definition = """
                {"StartAt": "Each", "States": {"Each": {"Type": "Map",
                  "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "Parameters": {"Bucket": "b", "Key": "k"}, %s},
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                    "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}}}""".formatted(config);
        // WHEN
        DefinitionReader.ReadResult result = DefinitionReader.standard().read(definition, "dmap.asl.json");
        // THEN
        then(result.isValid()).isTrue();
        then(result.diagnostics()).filteredOn(d -> d.code().equals("SP-V030")).singleElement().satisfies(d -> {
            then(d.severity()).isEqualTo(Severity.WARNING);
            then(d.pointer()).isEqualTo("/States/Each" + pointer);
            then(d.message()).startsWith("Map state 'Each' ").contains(message);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Transformation | SPREAD",
            "OutputType | CSV",
    })
    void should_warn_about_writer_settings_it_does_not_know(String field, String value) {
        // GIVEN
        String definition = """
                {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.items",
                  "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject", "Parameters": {"Bucket": "b"},
                                   "WriterConfig": {"%s": "%s"}},
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                    "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}}}""".formatted(field.trim(), value.trim());
        // WHEN
        DefinitionReader.ReadResult result = DefinitionReader.standard().read(definition, "dmap.asl.json");
        // THEN
        then(result.diagnostics()).extracting(Diagnostic::code).contains("SP-V030");
    }
}
