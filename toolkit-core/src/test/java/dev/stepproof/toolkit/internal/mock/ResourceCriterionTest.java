package dev.stepproof.toolkit.internal.mock;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.stepproof.toolkit.spi.TaskInvocation;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.BDDAssertions.then;

/** Resource matching: exact text, globs (only {@code *} is special) and regular expressions. */
class ResourceCriterionTest {

    private static boolean matches(ResourceCriterion criterion, String resource) {
        var node = JsonNodeFactory.instance.objectNode();
        return criterion.test(new TaskInvocation("S", resource, "t", "a", node, 1, node, null)).isEmpty();
    }

    @Test
    void should_treat_only_the_star_as_special_in_a_glob() {
        // GIVEN
        ResourceCriterion glob = ResourceCriterion.glob("arn:aws:lambda:*:function:pay.v2*", "g");
        // THEN
        then(matches(glob, "arn:aws:lambda:us-east-1:123:function:pay.v2")).isTrue();
        then(matches(glob, "arn:aws:lambda:us-east-1:123:function:pay.v2:prod")).isTrue();
        then(matches(glob, "arn:aws:lambda:us-east-1:123:function:payXv2")).as("the dot is literal").isFalse();
        then(matches(ResourceCriterion.glob("*", "g"), "anything at all")).isTrue();
        then(matches(ResourceCriterion.glob("*:sqs:*", "g"), "arn:aws:states:::sqs:sendMessage")).isTrue();
    }

    @Test
    void should_compare_text_without_a_star_exactly() {
        // GIVEN
        ResourceCriterion exact = ResourceCriterion.glob("arn:aws:states:::lambda:invoke", "e");
        // THEN
        then(exact.kind()).isEqualTo(ResourceCriterion.Kind.EXACT);
        then(matches(exact, "arn:aws:states:::lambda:invoke")).isTrue();
        then(matches(exact, "arn:aws:states:::lambda:invoke.waitForTaskToken")).isFalse();
    }

    @Test
    void should_require_a_regular_expression_to_match_the_whole_resource() {
        // GIVEN
        ResourceCriterion regex = ResourceCriterion.regex(Pattern.compile("arn:aws:states:::(sqs|sns):\\w+"), "r");
        // THEN
        then(matches(regex, "arn:aws:states:::sns:publish")).isTrue();
        then(matches(regex, "arn:aws:states:::sns:publish.waitForTaskToken")).isFalse();
    }
}
