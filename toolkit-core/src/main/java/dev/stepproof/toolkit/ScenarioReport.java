package dev.stepproof.toolkit;

import dev.stepproof.toolkit.model.StateMachine;

import java.util.List;

/**
 * What running one scenario file produced: problems with the file itself (which stop it from running) and,
 * per case, whether its expectations held, with a message per failed expectation.
 *
 * @param source      the scenario file
 * @param diagnostics problems reading the file, its definition or its MockConfigFile; never null
 * @param cases       one result per case, in file order; empty when the file could not be run
 * @param stateMachineName the name the cases ran the machine under (the scenario's {@code stateMachineName}, by
 *                    default the definition's file stem), for workflow coverage; null when the file did not run
 * @param machine     the definition the cases ran, for workflow coverage; null when the file did not run
 * @since 0.1.0
 */
public record ScenarioReport(String source, List<Diagnostic> diagnostics, List<ScenarioReport.CaseResult> cases,
                             String stateMachineName, StateMachine machine) {

    public ScenarioReport {
        diagnostics = List.copyOf(diagnostics);
        cases = List.copyOf(cases);
    }

    /** A report without the machine: for files that did not run, and for discovery. */
    public ScenarioReport(String source, List<Diagnostic> diagnostics, List<ScenarioReport.CaseResult> cases) {
        this(source, diagnostics, cases, null, null);
    }

    /**
     * One case's outcome.
     *
     * @param name      the case's name
     * @param position  where the case starts in the file
     * @param failures  one message per expectation that did not hold; empty when the case passed
     * @param execution the execution, or null when the case could not run (see failures)
     */
    public record CaseResult(String name, SourcePosition position, List<String> failures, Execution execution) {
        public CaseResult {
            failures = List.copyOf(failures);
        }

        public boolean passed() {
            return failures.isEmpty();
        }

        /** @return e.g. {@code Case 'happy path' (orders.sfn-test.yaml:12:5) failed:} and one line per failure */
        public String describe(String source) {
            StringBuilder sb = new StringBuilder("Case '").append(name).append("' (").append(source);
            if (position.isKnown()) {
                sb.append(':').append(position.line()).append(':').append(position.column());
            }
            sb.append(passed() ? ") passed" : ") failed:");
            failures.forEach(f -> sb.append("\n  - ").append(f));
            return sb.toString();
        }
    }

    /** @return whether the file was read and every case passed */
    public boolean passed() {
        return diagnostics.stream().noneMatch(Diagnostic::isError) && cases.stream().allMatch(CaseResult::passed);
    }
}
