package dev.stepproof.maven;

import dev.stepproof.toolkit.Diagnostic;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The configured coverage rules, checked once and then applied to the machines of a coverage file. Messages follow
 * JaCoCo's {@code check}: {@code Rule violated for state machine orders: states covered ratio is 0.50, but expected
 * minimum is 0.80 (uncovered: Refund, Release)}, the actual ratio rounded down to the minimum's precision (at least
 * two decimal places), so a failing ratio never prints as if it met the minimum.
 */
final class CoverageRules {

    /** How many uncovered items a message lists before it says how many more there are. */
    static final int MAX_LISTED = 10;

    private final List<Rule> rules;

    private CoverageRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * What configuring produced: the rules, or the problems with them.
     *
     * @param rules    null when there are problems
     * @param problems SP-P007 diagnostics, one per mistake; empty when the rules are usable
     */
    record Compiled(CoverageRules rules, List<Diagnostic> problems) {
    }

    /**
     * What checking produced.
     *
     * @param violations    one message per limit a machine did not meet, machines sorted by name
     * @param unmatched     one message per rule that matched no machine in the file (likely a typo)
     * @param machines      how many machines at least one rule applied to
     * @param failing       how many of them violated at least one limit
     * @param limitsChecked how many (machine, limit) pairs were evaluated
     */
    record Outcome(List<String> violations, List<String> unmatched, int machines, int failing, int limitsChecked) {
        boolean met() {
            return violations.isEmpty();
        }
    }

    private record Limit(CoverageCounter counter, BigDecimal minimum) {
    }

    private record Rule(String glob, Pattern pattern, List<Limit> limits) {
    }

    /** Checks the configuration; every mistake is reported, not just the first. */
    static Compiled compile(List<CoverageRule> configured) {
        List<Rule> rules = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (int r = 0; r < configured.size(); r++) {
            CoverageRule rule = configured.get(r);
            String glob = rule.stateMachine() == null || rule.stateMachine().isBlank() ? "*" : rule.stateMachine().trim();
            String at = "/rules/" + r;
            if (rule.limits().isEmpty()) {
                problems.add(PluginDiagnostics.ruleMisconfigured(at + "/limits", "Rule for state machine '" + glob + "' has no limits.",
                        "Add <limits><limit><counter>STATES</counter><minimum>0.80</minimum></limit></limits>."));
            }
            List<Limit> limits = new ArrayList<>();
            for (int l = 0; l < rule.limits().size(); l++) {
                limit(rule.limits().get(l), at + "/limits/" + l, problems).ifPresent(limits::add);
            }
            rules.add(new Rule(glob, globPattern(glob), limits));
        }
        return problems.isEmpty() ? new Compiled(new CoverageRules(rules), List.of()) : new Compiled(null, problems);
    }

    private static Optional<Limit> limit(CoverageLimit limit, String at, List<Diagnostic> problems) {
        Optional<CoverageCounter> counter = CoverageCounter.parse(limit.counter());
        if (counter.isEmpty()) {
            problems.add(PluginDiagnostics.ruleMisconfigured(at + "/counter", "Unknown coverage counter '" + limit.counter() + "'.",
                    "Use one of " + CoverageCounter.names() + "."));
        }
        Optional<BigDecimal> minimum = minimum(limit.minimum(), at + "/minimum", problems);
        return counter.isPresent() && minimum.isPresent() ? Optional.of(new Limit(counter.get(), minimum.get())) : Optional.empty();
    }

    /** Parses {@code 0.80} or {@code 80%}, as JaCoCo does, and insists on a ratio. */
    private static Optional<BigDecimal> minimum(String text, String at, List<Diagnostic> problems) {
        String hint = "Write a ratio from 0.0 to 1.0, e.g. <minimum>0.80</minimum>, or a percentage, e.g. <minimum>80%</minimum>.";
        if (text == null || text.isBlank()) {
            problems.add(PluginDiagnostics.ruleMisconfigured(at, "The limit has no minimum.", hint));
            return Optional.empty();
        }
        String trimmed = text.trim();
        BigDecimal value;
        try {
            value = trimmed.endsWith("%") ? new BigDecimal(trimmed.substring(0, trimmed.length() - 1).trim()).movePointLeft(2)
                    : new BigDecimal(trimmed);
        } catch (NumberFormatException e) {
            problems.add(PluginDiagnostics.ruleMisconfigured(at, "Minimum '" + trimmed + "' is not a number.", hint));
            return Optional.empty();
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            problems.add(PluginDiagnostics.ruleMisconfigured(at, "Minimum '" + trimmed + "' is not a ratio between 0.0 and 1.0.", hint));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** Applies every rule to every machine whose name it matches. */
    Outcome check(List<MachineCoverage> machines) {
        List<MachineCoverage> sorted = machines.stream()
                .sorted(Comparator.comparing(MachineCoverage::name).thenComparing(MachineCoverage::id))
                .toList();
        Map<String, Long> perName = sorted.stream().collect(Collectors.groupingBy(MachineCoverage::name, Collectors.counting()));
        Tally tally = new Tally();
        for (Rule rule : rules) {
            List<MachineCoverage> matched = sorted.stream().filter(m -> rule.pattern().matcher(m.name()).matches()).toList();
            if (matched.isEmpty()) {
                tally.unmatched.add("Rule for state machine '" + rule.glob() + "' matched no state machine in the coverage file"
                        + " (state machines: " + String.join(", ", perName.keySet().stream().sorted().toList()) + ").");
            }
            for (MachineCoverage machine : matched) {
                // Two definitions of one name (e.g. an old run's data) are told apart by their id.
                tally.check(perName.get(machine.name()) > 1 ? machine.id() : machine.name(), machine, rule.limits());
            }
        }
        return tally.outcome();
    }

    /** What checking has found so far. */
    private static final class Tally {
        private final List<String> violations = new ArrayList<>();
        private final List<String> unmatched = new ArrayList<>();
        private final Set<String> machines = new HashSet<>();
        private final Set<String> failing = new HashSet<>();
        private int limitsChecked;

        void check(String label, MachineCoverage machine, List<Limit> limits) {
            machines.add(machine.id());
            for (Limit limit : limits) {
                limitsChecked++;
                violation(label, machine, limit).ifPresent(v -> {
                    violations.add(v);
                    failing.add(machine.id());
                });
            }
        }

        Outcome outcome() {
            return new Outcome(violations, unmatched, machines.size(), failing.size(), limitsChecked);
        }
    }

    private static Optional<String> violation(String label, MachineCoverage machine, Limit limit) {
        MachineCoverage.Counter counter = machine.counter(limit.counter());
        if (counter == null || counter.total() == 0) {
            return Optional.empty(); // nothing to cover: no ratio to fall short of (JaCoCo skips NaN ratios too)
        }
        BigDecimal ratio = BigDecimal.valueOf(counter.covered()).divide(BigDecimal.valueOf(counter.total()), MathContext.DECIMAL64);
        if (ratio.compareTo(limit.minimum()) >= 0) {
            return Optional.empty();
        }
        BigDecimal shown = ratio.setScale(Math.max(2, limit.minimum().scale()), RoundingMode.FLOOR);
        return Optional.of("Rule violated for state machine " + label + ": " + limit.counter().label() + " covered ratio is "
                + shown.toPlainString() + ", but expected minimum is " + limit.minimum().toPlainString() + uncovered(counter));
    }

    private static String uncovered(MachineCoverage.Counter counter) {
        List<String> items = counter.uncovered();
        if (items.isEmpty()) {
            return "";
        }
        String listed = String.join(", ", items.subList(0, Math.min(MAX_LISTED, items.size())));
        return " (uncovered: " + listed + (items.size() > MAX_LISTED ? ", and " + (items.size() - MAX_LISTED) + " more" : "") + ")";
    }

    /** {@code *} any run of characters, {@code ?} one character, everything else literal. */
    static Pattern globPattern(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
