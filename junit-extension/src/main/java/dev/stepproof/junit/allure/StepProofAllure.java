package dev.stepproof.junit.allure;

import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.coverage.CoverageDiagram;
import dev.stepproof.toolkit.coverage.WorkflowCoverage;
import dev.stepproof.toolkit.model.StateMachine;

import java.util.Objects;

/**
 * Reports executions to Allure, when the tests use it: each execution becomes one step holding a step per
 * state entered (in order of entry; Parallel branch and Map iteration states nested under their state), each
 * with its input and output as JSON attachments. Retries and caught errors show in the step name and status:
 * a state retried reads {@code Charge (Task) — retried ×2}; a caught error {@code … — caught
 * Payment.Declined → Refund} with status BROKEN; a state that failed is FAILED, an aborted one SKIPPED. The
 * execution step also carries an SVG diagram of the machine with the path taken, and the history as JSON.
 *
 * <p>Allure is an optional dependency. Without {@code io.qameta.allure:allure-java-commons} on the class path,
 * or outside a running Allure test case, {@link #report} does nothing; no Allure type appears in this class,
 * so it loads either way.
 *
 * <pre>{@code
 * StepProofAllure.report("order", machine, execution);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class StepProofAllure {

    private static final String ALLURE = "io.qameta.allure.Allure";

    private StepProofAllure() {
    }

    /** @return whether Allure's Java API can be loaded by StepProof's class loader */
    public static boolean isAvailable() {
        try {
            Class.forName(ALLURE, false, StepProofAllure.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * Adds {@code execution} to the running Allure test case.
     *
     * @param stateMachineName the name shown in the step title, never null
     * @param machine          the definition that ran, never null
     * @param execution        its execution, never null
     * @return whether anything was written: false without Allure, outside a test case, or with an Allure
     *         version lacking the API used
     */
    public static boolean report(String stateMachineName, StateMachine machine, Execution execution) {
        Objects.requireNonNull(stateMachineName, "stateMachineName");
        Objects.requireNonNull(machine, "machine");
        Objects.requireNonNull(execution, "execution");
        if (!isAvailable()) {
            return false;
        }
        StepNode steps = ExecutionSteps.of(stateMachineName, machine, execution);
        String svg = CoverageDiagram.svg(machine, WorkflowCoverage.of(stateMachineName, machine).record(execution).snapshot());
        try {
            return AllureWriter.write(steps, svg, execution.history().toJson());
        } catch (LinkageError incompatibleAllure) {
            return false; // an Allure too old or too new for these calls must not fail the user's test
        }
    }
}
