package dev.stepproof.toolkit.internal.model;

import dev.stepproof.toolkit.model.Catcher;
import dev.stepproof.toolkit.model.ItemBatcher;
import dev.stepproof.toolkit.model.ItemReader;
import dev.stepproof.toolkit.model.MapState;
import dev.stepproof.toolkit.model.NumberOrExpression;
import dev.stepproof.toolkit.model.ParallelState;
import dev.stepproof.toolkit.model.PathField;
import dev.stepproof.toolkit.model.ProcessorConfig;
import dev.stepproof.toolkit.model.ReaderConfig;
import dev.stepproof.toolkit.model.ResultWriter;
import dev.stepproof.toolkit.model.StateType;
import dev.stepproof.toolkit.model.Transition;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static dev.stepproof.toolkit.internal.model.Definitions.json;
import static dev.stepproof.toolkit.internal.model.Definitions.single;
import static org.assertj.core.api.BDDAssertions.then;

class ModelBuilder_parallel_and_map_Test {

    @Test
    void should_read_every_field_of_a_parallel_state() {
        // GIVEN
        String state = """
                {"Type": "Parallel", "Comment": "fan out", "InputPath": "$.in", "OutputPath": "$.out",
                 "Parameters": {"p.$": "$"}, "ResultSelector": {"r.$": "$[0]"}, "ResultPath": "$.res",
                 "Assign": {"a": 1},
                 "Branches": [
                   {"StartAt": "A", "Comment": "left", "States": {"A": {"Type": "Pass", "End": true}}},
                   {"StartAt": "B", "States": {"B": {"Type": "Succeed"}}}],
                 "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 2}],
                 "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "H"}],
                 "Next": "N"}""";

        // WHEN
        ParallelState parallel = single(state, ParallelState.class);

        // THEN
        then(parallel.type()).isEqualTo(StateType.PARALLEL);
        then(parallel.comment()).isEqualTo("fan out");
        then(parallel.inputPath()).isEqualTo(PathField.of("$.in"));
        then(parallel.outputPath()).isEqualTo(PathField.of("$.out"));
        then(parallel.parameters()).isEqualTo(json("{\"p.$\": \"$\"}"));
        then(parallel.resultSelector()).isEqualTo(json("{\"r.$\": \"$[0]\"}"));
        then(parallel.resultPath()).isEqualTo(PathField.of("$.res"));
        then(parallel.assign()).isEqualTo(json("{\"a\": 1}"));
        then(parallel.transition()).isEqualTo(Transition.to("N"));
        then(parallel.retriers()).singleElement().extracting(r -> r.maxAttempts()).isEqualTo(2);
        then(parallel.catchers()).containsExactly(
                new Catcher(List.of("States.ALL"), "H", PathField.ABSENT, null, null, null));
        then(parallel.branches()).hasSize(2);
        then(parallel.branches().get(0).pointer()).isEqualTo("/States/S/Branches/0");
        then(parallel.branches().get(0).startAt()).isEqualTo("A");
        then(parallel.branches().get(0).comment()).isEqualTo("left");
        then(parallel.branches().get(1).states().get("B").pointer()).isEqualTo("/States/S/Branches/1/States/B");
        then(parallel.nestedWorkflows()).isEqualTo(parallel.branches());
    }

    @Test
    void should_read_jsonata_parallel_arguments_and_output() {
        // GIVEN
        String state = """
                {"Type": "Parallel", "QueryLanguage": "JSONata", "Arguments": {"x": "{% $states.input.x %}"},
                 "Output": "{% $states.result %}", "Branches": [], "End": true}""";

        // WHEN
        ParallelState parallel = single(state, ParallelState.class);

        // THEN
        then(parallel.arguments()).isEqualTo(json("{\"x\": \"{% $states.input.x %}\"}"));
        then(parallel.output()).isEqualTo(json("\"{% $states.result %}\""));
        then(parallel.branches()).isEmpty();
    }

    @Test
    void should_read_an_inline_map_with_item_processor() {
        // GIVEN
        String state = """
                {"Type": "Map", "Comment": "each", "InputPath": "$.in", "OutputPath": "$.out",
                 "ItemsPath": "$.items", "ItemSelector": {"v.$": "$$.Map.Item.Value"}, "MaxConcurrency": 4,
                 "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "P",
                                   "States": {"P": {"Type": "Pass", "End": true}}},
                 "ResultSelector": {"n.$": "States.ArrayLength($)"}, "ResultPath": "$.res",
                 "Assign": {"m": 1}, "Retry": [{"ErrorEquals": ["E"]}],
                 "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "H"}], "Next": "N"}""";

        // WHEN
        MapState map = single(state, MapState.class);

        // THEN
        then(map.type()).isEqualTo(StateType.MAP);
        then(map.comment()).isEqualTo("each");
        then(map.inputPath()).isEqualTo(PathField.of("$.in"));
        then(map.outputPath()).isEqualTo(PathField.of("$.out"));
        then(map.itemsPath()).isEqualTo("$.items");
        then(map.itemSelector()).isEqualTo(json("{\"v.$\": \"$$.Map.Item.Value\"}"));
        then(map.effectiveItemSelector()).isEqualTo(map.itemSelector());
        then(map.maxConcurrency()).isEqualTo(NumberOrExpression.of(4));
        then(map.resultSelector()).isEqualTo(json("{\"n.$\": \"States.ArrayLength($)\"}"));
        then(map.resultPath()).isEqualTo(PathField.of("$.res"));
        then(map.assign()).isEqualTo(json("{\"m\": 1}"));
        then(map.retriers()).hasSize(1);
        then(map.catchers()).hasSize(1);
        then(map.transition()).isEqualTo(Transition.to("N"));
        then(map.itemProcessor().processorConfig()).isEqualTo(new ProcessorConfig(ProcessorConfig.Mode.INLINE, null));
        then(map.itemProcessor().workflow().pointer()).isEqualTo("/States/S/ItemProcessor");
        then(map.itemProcessor().workflow().states().get("P").pointer())
                .isEqualTo("/States/S/ItemProcessor/States/P");
        then(map.iterator()).isNull();
        then(map.mode()).isEqualTo(ProcessorConfig.Mode.INLINE);
    }

    @Test
    void should_read_legacy_iterator_and_parameters() {
        // GIVEN
        String state = """
                {"Type": "Map", "Parameters": {"i.$": "$$.Map.Item.Index"},
                 "Iterator": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}""";

        // WHEN
        MapState map = single(state, MapState.class);

        // THEN
        then(map.itemProcessor()).isNull();
        then(map.iterator().processorConfig()).isNull();
        then(map.processor()).isSameAs(map.iterator());
        then(map.processor().workflow().pointer()).isEqualTo("/States/S/Iterator");
        then(map.processor().workflow().states().get("P").pointer()).isEqualTo("/States/S/Iterator/States/P");
        then(map.mode()).isEqualTo(ProcessorConfig.Mode.INLINE);
        then(map.parameters()).isEqualTo(json("{\"i.$\": \"$$.Map.Item.Index\"}"));
        then(map.itemSelector()).isNull();
        then(map.effectiveItemSelector()).isEqualTo(map.parameters());
    }

    @Test
    void should_read_every_distributed_map_field() {
        // GIVEN
        String state = """
                {"Type": "Map", "Label": "batch",
                 "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"},
                                   "StartAt": "P", "States": {"P": {"Type": "Succeed"}}},
                 "MaxConcurrencyPath": "$.mc",
                 "ToleratedFailureCount": 3, "ToleratedFailureCountPath": "$.tc",
                 "ToleratedFailurePercentage": 12.5, "ToleratedFailurePercentagePath": "$.tp",
                 "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
                                "Parameters": {"Bucket": "b", "Key": "k"},
                                "ReaderConfig": {"InputType": "CSV", "CSVHeaderLocation": "GIVEN",
                                                 "CSVHeaders": ["a", "b"], "CSVDelimiter": "SEMICOLON",
                                                 "MaxItems": 10, "MaxItemsPath": "$.max"}},
                 "ItemBatcher": {"MaxItemsPerBatch": 5, "MaxItemsPerBatchPath": "$.ipb",
                                 "MaxInputBytesPerBatch": 1024, "MaxInputBytesPerBatchPath": "$.bpb",
                                 "BatchInput": {"job": "x"}},
                 "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject",
                                  "Parameters": {"Bucket": "out", "Prefix": "p"},
                                  "WriterConfig": {"OutputType": "JSON"}},
                 "End": true}""";

        // WHEN
        MapState map = single(state, MapState.class);

        // THEN
        then(map.mode()).isEqualTo(ProcessorConfig.Mode.DISTRIBUTED);
        then(map.itemProcessor().processorConfig()).isEqualTo(
                new ProcessorConfig(ProcessorConfig.Mode.DISTRIBUTED, ProcessorConfig.ExecutionType.EXPRESS));
        then(map.label()).isEqualTo("batch");
        then(map.maxConcurrencyPath()).isEqualTo("$.mc");
        then(map.toleratedFailureCount()).isEqualTo(NumberOrExpression.of(3));
        then(map.toleratedFailureCountPath()).isEqualTo("$.tc");
        then(map.toleratedFailurePercentage()).isEqualTo(NumberOrExpression.of(new BigDecimal("12.5")));
        then(map.toleratedFailurePercentagePath()).isEqualTo("$.tp");
        then(map.itemReader()).isEqualTo(new ItemReader("arn:aws:states:::s3:getObject",
                json("{\"Bucket\": \"b\", \"Key\": \"k\"}"), null,
                new ReaderConfig("CSV", "GIVEN", List.of("a", "b"), "SEMICOLON", NumberOrExpression.of(10), "$.max")));
        then(map.itemBatcher()).isEqualTo(new ItemBatcher(NumberOrExpression.of(5), "$.ipb",
                NumberOrExpression.of(1024), "$.bpb", json("{\"job\": \"x\"}")));
        then(map.resultWriter()).isEqualTo(new ResultWriter("arn:aws:states:::s3:putObject",
                json("{\"Bucket\": \"out\", \"Prefix\": \"p\"}"), null, json("{\"OutputType\": \"JSON\"}")));
    }

    @Test
    void should_read_jsonata_map_fields() {
        // GIVEN
        String state = """
                {"Type": "Map", "QueryLanguage": "JSONata", "Items": "{% $states.input.list %}",
                 "ItemSelector": {"v": "{% $states.context.Map.Item.Value %}"},
                 "MaxConcurrency": "{% $mc %}", "ToleratedFailurePercentage": "{% $tp %}",
                 "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "Arguments": {"Bucket": "{% $b %}"},
                                "ReaderConfig": {"InputType": "JSON", "MaxItems": "{% $max %}"}},
                 "ItemBatcher": {"MaxItemsPerBatch": "{% $n %}", "BatchInput": "{% $states.input %}"},
                 "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject", "Arguments": {"Bucket": "o"}},
                 "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}},
                 "Output": {"count": "{% $count($states.result) %}"}, "End": true}""";

        // WHEN
        MapState map = single(state, MapState.class);

        // THEN
        then(map.items()).isEqualTo(json("\"{% $states.input.list %}\""));
        then(map.itemSelector()).isEqualTo(json("{\"v\": \"{% $states.context.Map.Item.Value %}\"}"));
        then(map.maxConcurrency()).isEqualTo(NumberOrExpression.ofExpression("{% $mc %}"));
        then(map.toleratedFailurePercentage()).isEqualTo(NumberOrExpression.ofExpression("{% $tp %}"));
        then(map.itemReader().arguments()).isEqualTo(json("{\"Bucket\": \"{% $b %}\"}"));
        then(map.itemReader().readerConfig().maxItems()).isEqualTo(NumberOrExpression.ofExpression("{% $max %}"));
        then(map.itemBatcher().maxItemsPerBatch()).isEqualTo(NumberOrExpression.ofExpression("{% $n %}"));
        then(map.itemBatcher().batchInput()).isEqualTo(json("\"{% $states.input %}\""));
        then(map.resultWriter().arguments()).isEqualTo(json("{\"Bucket\": \"o\"}"));
        then(map.output()).isEqualTo(json("{\"count\": \"{% $count($states.result) %}\"}"));
        then(map.itemProcessor().processorConfig()).isNull();
    }
}
