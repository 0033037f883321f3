package dev.stepproof.maven;

import dev.stepproof.toolkit.Diagnostic;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.BDDAssertions.then;

class CoverageRulesTest {

    /** A machine with nothing to cover except {@code value} on {@code counter}. */
    private static MachineCoverage machine(String id, String name, CoverageCounter counter, MachineCoverage.Counter value) {
        Map<CoverageCounter, MachineCoverage.Counter> counters = new EnumMap<>(CoverageCounter.class);
        for (CoverageCounter c : CoverageCounter.values()) {
            counters.put(c, new MachineCoverage.Counter(0, 0, List.of()));
        }
        counters.put(counter, value);
        return new MachineCoverage(id, name, counters);
    }

    private static MachineCoverage orders(long total, long covered, List<String> uncovered) {
        return machine("orders@1a2b", "orders", CoverageCounter.STATES, new MachineCoverage.Counter(total, covered, uncovered));
    }

    private static CoverageRules rules(CoverageRule... rules) {
        CoverageRules.Compiled compiled = CoverageRules.compile(List.of(rules));
        then(compiled.problems()).isEmpty();
        return compiled.rules();
    }

    private static CoverageRule rule(String stateMachine, String counter, String minimum) {
        return new CoverageRule(stateMachine, List.of(new CoverageLimit(counter, minimum)));
    }

    @Test
    void should_report_a_violation_like_jacoco_with_the_uncovered_items() {
        // WHEN
        CoverageRules.Outcome outcome = rules(rule("*", "STATES", "0.80")).check(List.of(orders(4, 2, List.of("Refund", "Release"))));
        // THEN
        then(outcome.violations()).containsExactly(
                "Rule violated for state machine orders: states covered ratio is 0.50, but expected minimum is 0.80 (uncovered: Refund, Release)");
        then(outcome.met()).isFalse();
        then(outcome.machines()).isEqualTo(1);
        then(outcome.failing()).isEqualTo(1);
        then(outcome.limitsChecked()).isEqualTo(1);
    }

    @Test
    void should_pass_a_ratio_equal_to_the_minimum() {
        then(rules(rule("orders", "STATES", "0.80")).check(List.of(orders(5, 4, List.of("Refund")))).met()).isTrue();
    }

    @Test
    void should_round_the_ratio_down_so_a_failing_ratio_never_reads_as_the_minimum() {
        // 79 of 100 would round half-up to 0.8 at one decimal place
        CoverageRules.Outcome outcome = rules(rule("*", "STATES", "0.8")).check(List.of(orders(1000, 799, List.of())));
        then(outcome.violations()).containsExactly(
                "Rule violated for state machine orders: states covered ratio is 0.79, but expected minimum is 0.8");
    }

    @Test
    void should_read_percentages_as_jacoco_does() {
        CoverageRules.Outcome outcome = rules(rule("*", "choice_rules", "75%")).check(List.of(
                machine("m@1", "m", CoverageCounter.CHOICE_RULES, new MachineCoverage.Counter(3, 2, List.of("Check[default]")))));
        then(outcome.violations()).containsExactly(
                "Rule violated for state machine m: choice rules covered ratio is 0.66, but expected minimum is 0.75 (uncovered: Check[default])");
    }

    @Test
    void should_let_a_counter_with_nothing_to_cover_meet_any_minimum() {
        // orders has no retriers at all
        then(rules(rule("*", "RETRIERS", "1.0")).check(List.of(orders(5, 5, List.of()))).met()).isTrue();
    }

    @Test
    void should_apply_a_rule_only_to_the_machines_its_glob_matches() {
        // GIVEN
        MachineCoverage payments = machine("payments@9", "payments", CoverageCounter.STATES, new MachineCoverage.Counter(2, 0, List.of("A", "B")));
        // WHEN
        CoverageRules.Outcome outcome = rules(rule("ord?r*", "STATES", "0.9")).check(List.of(orders(2, 2, List.of()), payments));
        // THEN
        then(outcome.met()).isTrue();
        then(outcome.machines()).isEqualTo(1);
    }

    @Test
    void should_warn_about_a_rule_that_matches_no_machine() {
        CoverageRules.Outcome outcome = rules(rule("ordres", "STATES", "0.9")).check(List.of(orders(2, 2, List.of())));
        then(outcome.unmatched()).containsExactly(
                "Rule for state machine 'ordres' matched no state machine in the coverage file (state machines: orders).");
    }

    @Test
    void should_name_machines_by_id_when_two_definitions_share_a_name() {
        // GIVEN
        MachineCoverage older = machine("orders@0000", "orders", CoverageCounter.STATES, new MachineCoverage.Counter(2, 1, List.of("Old")));
        // WHEN
        CoverageRules.Outcome outcome = rules(rule("*", "STATES", "1.00")).check(List.of(orders(2, 2, List.of()), older));
        // THEN
        then(outcome.violations()).containsExactly(
                "Rule violated for state machine orders@0000: states covered ratio is 0.50, but expected minimum is 1.00 (uncovered: Old)");
    }

    @Test
    void should_list_at_most_ten_uncovered_items() {
        List<String> twelve = List.of("S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9", "S10", "S11", "S12");
        CoverageRules.Outcome outcome = rules(rule("*", "STATES", "0.50")).check(List.of(orders(12, 0, twelve)));
        then(outcome.violations().get(0)).endsWith("(uncovered: S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, and 2 more)");
    }

    @Test
    void should_report_every_configuration_mistake_with_its_location() {
        // GIVEN
        CoverageRule typo = new CoverageRule("*", List.of(new CoverageLimit("STATEZ", "0.8"), new CoverageLimit("STATES", "1.5")));
        CoverageRule noLimits = new CoverageRule("orders", List.of());
        CoverageRule badNumber = new CoverageRule(null, List.of(new CoverageLimit("BRANCHES", "most"), new CoverageLimit("BRANCHES", null)));
        // WHEN
        CoverageRules.Compiled compiled = CoverageRules.compile(List.of(typo, noLimits, badNumber));
        // THEN
        then(compiled.rules()).isNull();
        then(compiled.problems()).extracting(Diagnostic::format).containsExactly(
                "<configuration>: ERROR SP-P007 at /rules/0/limits/0/counter: Unknown coverage counter 'STATEZ'. Fix: Use one of STATES, TRANSITIONS, CHOICE_RULES, RETRIERS, CATCHERS, BRANCHES.",
                "<configuration>: ERROR SP-P007 at /rules/0/limits/1/minimum: Minimum '1.5' is not a ratio between 0.0 and 1.0. Fix: Write a ratio from 0.0 to 1.0, e.g. <minimum>0.80</minimum>, or a percentage, e.g. <minimum>80%</minimum>.",
                "<configuration>: ERROR SP-P007 at /rules/1/limits: Rule for state machine 'orders' has no limits. Fix: Add <limits><limit><counter>STATES</counter><minimum>0.80</minimum></limit></limits>.",
                "<configuration>: ERROR SP-P007 at /rules/2/limits/0/minimum: Minimum 'most' is not a number. Fix: Write a ratio from 0.0 to 1.0, e.g. <minimum>0.80</minimum>, or a percentage, e.g. <minimum>80%</minimum>.",
                "<configuration>: ERROR SP-P007 at /rules/2/limits/1/minimum: The limit has no minimum. Fix: Write a ratio from 0.0 to 1.0, e.g. <minimum>0.80</minimum>, or a percentage, e.g. <minimum>80%</minimum>.");
    }
}
