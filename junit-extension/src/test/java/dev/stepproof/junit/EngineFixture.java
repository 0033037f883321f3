package dev.stepproof.junit;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test class that other tests run through {@link EngineKit} (some of its tests fail on purpose). It is
 * skipped when the build's own test run picks it up, because only EngineKit sets {@value #ENABLED}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(EngineFixture.Condition.class)
@interface EngineFixture {

    String ENABLED = "stepproof.test.engine-fixtures";

    /** Enables the fixture only when the configuration parameter is set. */
    final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(ENABLED).filter("true"::equals).isPresent()
                    ? ConditionEvaluationResult.enabled("run by EngineKit")
                    : ConditionEvaluationResult.disabled("an EngineTestKit fixture: run by another test");
        }
    }
}
