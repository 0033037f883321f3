package dev.stepproof.toolkit.internal.fault;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.BDDAssertions.then;

class ResourcePatternTest {

    @ParameterizedTest
    @CsvSource({
            "arn:aws:states:::dynamodb:putItem, arn:aws:states:::dynamodb:putItem, true",
            "arn:aws:states:::dynamodb:putItem, arn:aws:states:::dynamodb:putItemX, false",
            "arn:aws:states:::dynamodb:*, arn:aws:states:::dynamodb:getItem, true",
            "arn:aws:states:::dynamodb:*, arn:aws:states:::aws-sdk:dynamodb:getItem, false",
            "*, anything at all, true",
            "*:function:charge*, arn:aws:lambda:eu-west-1:1:function:chargeCard, true",
            "*:function:charge*, arn:aws:lambda:eu-west-1:1:function:refund, false",
            "arn:aws:lambda:us-east-1:1:function:f:$LATEST, arn:aws:lambda:us-east-1:1:function:f:$LATEST, true",
            "arn.aws, arnXaws, false"})   // regex characters are literal
    void should_match_whole_resources_with_star_as_the_only_wildcard(String pattern, String resource, boolean matches) {
        // WHEN / THEN
        then(ResourcePattern.of(pattern).matches(resource)).isEqualTo(matches);
    }
}
