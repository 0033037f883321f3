package dev.stepproof.toolkit.coverage;

import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.ExecutionOptions;
import dev.stepproof.toolkit.Interpreter;
import dev.stepproof.toolkit.model.StateMachine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.BDDAssertions.then;

/** {@code coverage.json}: the exact text, reading it back, merging, and the messages for bad files. */
class CoverageReportTest {

    private final OrderMachine order = new OrderMachine();

    private static MachineCoverage tiny() {
        StateMachine machine = DefinitionReader.standard().read("""
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Succeed"}}}""",
                "tiny.asl.json").orElseThrow();
        return WorkflowCoverage.of("tiny", machine).record(Interpreter.of(machine).execute(ExecutionOptions.defaults())).snapshot();
    }

    @Test
    void should_write_sorted_keys_every_item_and_the_counts() {
        // GIVEN
        MachineCoverage tiny = tiny();
        // WHEN
        String json = CoverageReport.of(List.of(tiny)).toJson();
        // THEN
        String empty = "{\n      \"covered\" : 0,\n      \"items\" : { },\n      \"total\" : 0\n    }";
        then(json).isEqualTo("{\n"
                + "  \"stateMachines\" : {\n"
                + "    \"" + tiny.id() + "\" : {\n"
                + "      \"branches\" : " + empty.replace("\n", "\n  ") + ",\n"
                + "      \"catchers\" : " + empty.replace("\n", "\n  ") + ",\n"
                + "      \"choiceRules\" : " + empty.replace("\n", "\n  ") + ",\n"
                + "      \"definitionHash\" : \"" + tiny.definitionHash() + "\",\n"
                + "      \"name\" : \"tiny\",\n"
                + "      \"retriers\" : " + empty.replace("\n", "\n  ") + ",\n"
                + "      \"states\" : {\n"
                + "        \"covered\" : 2,\n"
                + "        \"items\" : {\n"
                + "          \"A\" : 1,\n"
                + "          \"B\" : 1\n"
                + "        },\n"
                + "        \"total\" : 2\n"
                + "      },\n"
                + "      \"transitions\" : {\n"
                + "        \"covered\" : 2,\n"
                + "        \"items\" : {\n"
                + "          \"A->B\" : 1,\n"
                + "          \"B->(end)\" : 1\n"
                + "        },\n"
                + "        \"total\" : 2\n"
                + "      }\n"
                + "    }\n"
                + "  },\n"
                + "  \"version\" : 1\n"
                + "}\n");
    }

    @Test
    void should_read_back_what_it_wrote() {
        // GIVEN
        CoverageReport report = CoverageReport.of(List.of(
                WorkflowCoverage.of("order", order.machine).record(order.single()).record(order.declined()).snapshot(),
                tiny()));
        // WHEN
        CoverageReport read = CoverageReport.fromJson("coverage.json", report.toJson());
        // THEN
        then(read).isEqualTo(report);
        then(read.toJson()).isEqualTo(report.toJson());
        then(read.machines()).extracting(MachineCoverage::name).containsExactly("order", "tiny");
    }

    @Test
    void should_sum_hits_of_the_same_machine_and_keep_machines_of_either_side() {
        // GIVEN
        MachineCoverage single = WorkflowCoverage.of("order", order.machine).record(order.single()).snapshot();
        MachineCoverage bulk = WorkflowCoverage.of("order", order.machine).record(order.bulk()).snapshot();
        CoverageReport left = CoverageReport.of(List.of(single));
        CoverageReport right = CoverageReport.of(List.of(bulk, tiny()));
        // WHEN
        CoverageReport merged = left.merge(right);
        // THEN
        MachineCoverage orderCoverage = merged.machine(single.id()).orElseThrow();
        then(orderCoverage.metric(CoverageMetric.STATES).items()).contains(
                entry("Check", 2L), entry("Charge", 1L), entry("Pack", 3L), entry("Done", 2L));
        then(orderCoverage.metric(CoverageMetric.CHOICE_RULES).items()).containsExactly(
                entry("Check[0]", 1L), entry("Check[1]", 0L), entry("Check[default]", 1L));
        then(merged.machines()).hasSize(2);
        then(right.merge(left)).isEqualTo(merged);
        then(right.merge(left).toJson()).isEqualTo(merged.toJson());
    }

    @Test
    void should_keep_two_machines_apart_when_they_share_a_name() {
        // GIVEN
        MachineCoverage orderNamedTiny = new MachineCoverage(
                MachineCoverage.idOf("tiny", WorkflowCoverage.of("x", order.machine).definitionHash()), "tiny",
                WorkflowCoverage.of("x", order.machine).definitionHash(), java.util.Map.of());
        // WHEN
        CoverageReport report = CoverageReport.of(List.of(tiny(), orderNamedTiny));
        // THEN
        then(report.machines()).hasSize(2).extracting(MachineCoverage::name).containsOnly("tiny");
    }

    @Test
    void should_name_the_file_and_location_of_a_bad_hit_count() {
        // GIVEN
        String json = CoverageReport.of(List.of(tiny())).toJson().replace("\"A\" : 1", "\"A\" : -1");
        // WHEN
        Throwable thrown = catchThrowable(() -> CoverageReport.fromJson("target/stepproof/coverage.json", json));
        // THEN
        then(thrown).isInstanceOf(IllegalArgumentException.class).hasMessage("Coverage file [target/stepproof/coverage.json] at "
                + "$.stateMachines['" + tiny().id() + "'].states.items['A']: expected a hit count (an integer >= 0), but was -1");
    }

    @Test
    void should_refuse_another_format_version() {
        // WHEN
        Throwable thrown = catchThrowable(() -> CoverageReport.fromJson("old.json", "{\"version\": 2, \"stateMachines\": {}}"));
        // THEN
        then(thrown).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Coverage file [old.json] at $.version: expected version 1, but was 2");
    }

    @Test
    void should_recompute_total_and_covered_from_the_items() {
        // GIVEN a file whose counts disagree with its items
        String json = CoverageReport.of(List.of(tiny())).toJson().replace("\"covered\" : 2", "\"covered\" : 7");
        // WHEN
        CoverageReport read = CoverageReport.fromJson("edited.json", json);
        // THEN
        then(read.machines().get(0).metric(CoverageMetric.STATES).covered()).isEqualTo(2);
    }

    @Test
    void should_rate_an_empty_universe_as_fully_covered() {
        // WHEN
        MetricCoverage none = MetricCoverage.EMPTY;
        // THEN
        then(none.ratio()).isEqualTo(1.0);
        then(none.total()).isZero();
        then(new MetricCoverage(new java.util.TreeMap<>(java.util.Map.of("A", 3L, "B", 0L, "C", 0L, "D", 1L))).ratio()).isEqualTo(0.5);
    }
}
