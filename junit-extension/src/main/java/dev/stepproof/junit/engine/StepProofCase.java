package dev.stepproof.junit.engine;

import org.junit.platform.engine.TestSource;

/** What one test runs: a case of a scenario file, or a test case of a MockConfigFile. */
sealed interface StepProofCase permits ScenarioCase, MockConfigCase {

    /** The unique id segment type of a case: {@value}. */
    String SEGMENT = "case";

    /** @return the value of this case's {@code [case:…]} segment, unique within its file */
    String segment();

    /** @return the name {@link Constants#FILTER_NAME} is matched against */
    String name();

    /** @return the case's position in its file, or the file itself */
    TestSource source();

    /** Runs the case; never throws for anything a user's file contains. */
    CaseOutcome run(ExecutionContext context);
}
