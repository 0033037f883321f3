package dev.stepproof.toolkit.internal.audit.iam;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GlobTest {

    @Test
    void should_match_actions_ignoring_case_with_wildcards() {
        // WHEN / THEN
        assertThat(Glob.matchesAction("dynamodb:*", "dynamodb:PutItem")).isTrue();
        assertThat(Glob.matchesAction("DynamoDB:put*", "dynamodb:PutItem")).isTrue();
        assertThat(Glob.matchesAction("s3:Get?bject", "s3:GetObject")).isTrue();
        assertThat(Glob.matchesAction("s3:Get*", "s3:PutObject")).isFalse();
    }

    @Test
    void should_cover_a_required_pattern_only_when_every_resource_it_stands_for_matches() {
        // WHEN / THEN
        assertThat(Glob.covers("arn:aws:lambda:*:*:function:charge", "arn:aws:lambda:*:*:function:charge")).isTrue();
        assertThat(Glob.covers("*", "arn:aws:states:us-east-1:1:execution:child:*")).isTrue();
        assertThat(Glob.covers("arn:aws:lambda:us-east-1:1:function:charge", "arn:aws:lambda:*:*:function:charge")).isFalse();
        assertThat(Glob.covers("${Fn.Arn}*", "${Fn.Arn}")).isTrue();
    }

    @Test
    void should_see_an_overlap_between_wildcards_and_template_tokens() {
        // WHEN / THEN
        assertThat(Glob.intersects("arn:aws:lambda:us-east-1:1:function:charge", "arn:aws:lambda:*:*:function:charge")).isTrue();
        assertThat(Glob.intersects("arn:aws:lambda:us-east-1:1:function:charge", "arn:aws:lambda:*:*:function:refund")).isFalse();
        assertThat(Glob.intersects("${Fn.Arn}", "arn:aws:lambda:us-east-1:1:function:charge")).isTrue();
        assertThat(Glob.intersects("${Fn.Arn}", "${Other.Arn}")).isFalse();
        assertThat(Glob.intersects("arn:aws:s3:::bucket/*", "arn:aws:s3:::bucket")).isFalse();
    }
}
