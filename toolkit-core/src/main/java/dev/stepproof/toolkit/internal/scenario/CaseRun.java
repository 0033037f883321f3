package dev.stepproof.toolkit.internal.scenario;

import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionOptions;
import dev.stepproof.toolkit.Interpreter;
import dev.stepproof.toolkit.MockConfig;
import dev.stepproof.toolkit.MockSession;
import dev.stepproof.toolkit.S3Output;
import dev.stepproof.toolkit.ScenarioReport;
import dev.stepproof.toolkit.StateMachines;
import dev.stepproof.toolkit.audit.HistorySecretScan;
import dev.stepproof.toolkit.spi.TaskInvoker;

import java.util.ArrayList;
import java.util.List;

/** Runs the cases of one scenario file against its compiled definition. */
public final class CaseRun {
    private final ScenarioFile scenario;
    private final Interpreter interpreter;
    private final MockConfig mockConfig;
    private final StateMachines children;
    private final boolean checkSecrets;

    public CaseRun(ScenarioFile scenario, Interpreter interpreter, MockConfig mockConfig, StateMachines children,
                   boolean checkSecrets) {
        this.scenario = scenario;
        this.interpreter = interpreter;
        this.mockConfig = mockConfig;
        this.children = children;
        this.checkSecrets = checkSecrets;
    }

    public ScenarioReport.CaseResult run(ScenarioCase c) {
        List<String> failures = new ArrayList<>();
        MockSession session = c.mocks() == null ? null : ScenarioMocks.of(c.mocks()).session();
        TaskInvoker invoker = invoker(c, session, failures);
        if (invoker == null) {
            return new ScenarioReport.CaseResult(c.name(), c.position(), failures, null);
        }
        invoker = ScenarioFaults.around(c, invoker);
        ExecutionOptions options = ExecutionOptions.defaults();
        if (c.s3Objects() != null) {
            options = options.withS3Objects(c.s3Objects());
        }
        // Kept in memory only when the case checks it: the default discards what ResultWriters write.
        S3Output s3Output = c.expect() != null && c.expect().has("s3Output") ? S3Output.inMemory() : null;
        if (s3Output != null) {
            options = options.withS3Output(s3Output);
        }
        Execution execution = interpreter.execute(options
                .withInput(c.input())
                .withType(scenario.workflowType())
                .withStateMachineName(scenario.stateMachineName())
                .withName(executionName(c.name()))
                .withSeed(c.seed() == null ? 0 : c.seed())
                .withCallbacks(c.callbacks())
                .withStateMachines(children)
                .withTaskInvoker(invoker));
        failures.addAll(ExpectationCheck.failures(c.expect(), execution, s3Output));
        if (checkSecrets) {
            List<HistorySecretScan.SecretLeak> leaks = HistorySecretScan.scan(execution);
            if (!leaks.isEmpty()) {
                failures.add(HistorySecretScan.describe(leaks));
            }
        }
        if (session != null) {
            session.unmatched().forEach(call -> failures.add("no mock answered task '" + call.stateName()
                    + "' (call " + call.attempt() + "); add it to the case's mocks"));
        }
        return new ScenarioReport.CaseResult(c.name(), c.position(), failures, execution);
    }

    private TaskInvoker invoker(ScenarioCase c, MockSession session, List<String> failures) {
        if (c.mockConfigTestCase() == null) {
            return session != null ? session : invocation -> dev.stepproof.toolkit.spi.TaskResult.failure(
                    "StepProof.UnmockedTask", "Case '" + c.name() + "' has no mocks for Task state '" + invocation.stateName() + "'.");
        }
        if (mockConfig == null) {
            failures.add("the case names MockConfigFile test case '" + c.mockConfigTestCase()
                    + "' but the scenario has no mockConfig file");
            return null;
        }
        if (!mockConfig.testCases(scenario.stateMachineName()).contains(c.mockConfigTestCase())) {
            failures.add("the MockConfigFile has no test case '" + c.mockConfigTestCase() + "' for state machine '"
                    + scenario.stateMachineName() + "' (it has " + mockConfig.testCases(scenario.stateMachineName()) + ")");
            return null;
        }
        if (session != null) {
            failures.add("the case gives both mocks and mockConfigTestCase; use one of them");
            return null;
        }
        return mockConfig.invoker(scenario.stateMachineName(), c.mockConfigTestCase());
    }

    /** Execution names allow letters, digits, '-' and '_' (AWS); case names are free text. */
    private static String executionName(String caseName) {
        String name = caseName.replaceAll("[^A-Za-z0-9_-]+", "-");
        return name.length() > 80 ? name.substring(0, 80) : name.isEmpty() ? "case" : name;
    }
}
