package dev.stepproof.toolkit;

import org.junit.jupiter.api.Test;

import static dev.stepproof.toolkit.ScenarioRunnerTest.resource;
import static org.assertj.core.api.BDDAssertions.then;

/**
 * A case whose history shows a value that a mocked secret-returning call answered fails, as a test run through the
 * JUnit extension does (issue 9): here the whole getSecretValue result stays in the state output.
 */
class ScenarioRunner_secrets_Test {

    @Test
    void should_fail_a_case_whose_history_shows_a_mocked_secret() {
        // WHEN
        ScenarioReport report = ScenarioRunner.standard().run(resource("secret-leak.sfn-test.yaml"));

        // THEN the expectations hold, but the leak fails the case, naming where without printing the secret
        then(report.cases()).singleElement().satisfies(c -> {
            then(c.execution().succeeded()).isTrue();
            then(c.failures()).singleElement().asString()
                    .contains("GetPassword", "secretsmanager:getSecretValue", "SecretString", "TaskStateExited")
                    .doesNotContain("hunter2-but-longer");
        });
        then(report.passed()).isFalse();
    }

    @Test
    void should_pass_the_same_case_when_secrets_in_history_are_allowed() {
        // WHEN
        ScenarioReport report = ScenarioRunner.standard().allowingSecretsInHistory().cachingFiles()
                .run(resource("secret-leak.sfn-test.yaml"));

        // THEN
        then(report.cases()).singleElement().satisfies(c -> then(c.failures()).isEmpty());
        then(report.passed()).isTrue();
    }
}
