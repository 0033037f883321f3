package dev.stepproof.maven;

import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.ScenarioReport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One scenario file's outcome in the shape of a Surefire test suite: one test case per scenario case, or, when the
 * file could not be run at all, one test case in error carrying its diagnostics, so a dashboard shows the broken
 * file instead of silently counting nothing.
 *
 * @param name  the file, relative to the scenarios directory, e.g. {@code orders/happy.sfn-test.yaml}
 * @param time  wall time spent reading and running the file
 * @param cases in file order; never empty
 */
record ScenarioSuite(String name, Duration time, List<Case> cases) {

    /** The test case name used for a file that could not be run. */
    static final String FILE_CASE = "(scenario file)";

    ScenarioSuite {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(time, "time");
        cases = List.copyOf(cases);
    }

    /**
     * One test case.
     *
     * @param name    the scenario case's name
     * @param outcome how it ended
     * @param message for FAILED and ERROR the full text shown to users ({@code CaseResult.describe}, or the file's
     *                diagnostics); null when passed
     * @param type    for FAILED and ERROR a short classifier (the first diagnostic code for a broken file)
     */
    record Case(String name, Outcome outcome, String message, String type) {
    }

    /** Surefire's three outcomes that scenario cases can have (nothing is skipped). */
    enum Outcome { PASSED, FAILED, ERROR }

    /**
     * @param name   the suite name (see {@link ScenarioSuite})
     * @param report what the runner produced
     * @param shown  the scenario file as messages show it (relative to the project)
     * @param time   wall time of the run
     */
    static ScenarioSuite of(String name, ScenarioReport report, String shown, Duration time) {
        List<Diagnostic> errors = report.diagnostics().stream().filter(Diagnostic::isError).toList();
        if (report.cases().isEmpty() || !errors.isEmpty()) {
            String message = errors.isEmpty() ? "Scenario file " + shown + " has no cases."
                    : errors.stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
            String type = errors.isEmpty() ? "StepProof.NoCases" : errors.get(0).code();
            return new ScenarioSuite(name, time, List.of(new Case(FILE_CASE, Outcome.ERROR, message, type)));
        }
        List<Case> cases = new ArrayList<>();
        for (ScenarioReport.CaseResult c : report.cases()) {
            cases.add(c.passed() ? new Case(c.name(), Outcome.PASSED, null, null)
                    : new Case(c.name(), Outcome.FAILED, c.describe(shown), "StepProof.ScenarioFailure"));
        }
        return new ScenarioSuite(name, time, cases);
    }

    /** @return how many cases ended with {@code outcome} */
    long count(Outcome outcome) {
        return cases.stream().filter(c -> c.outcome() == outcome).count();
    }

    /** @return whether the file could not be run (its only case is the file itself, in error) */
    boolean broken() {
        return count(Outcome.ERROR) > 0;
    }
}
