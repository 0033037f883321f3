package dev.stepproof.toolkit.internal.audit.iam;

import java.util.function.Function;

/**
 * What ARNs derived from a definition are built from. In a bare definition file the region and account are
 * unknown ({@code *}); in a template they are the pseudo-parameter tokens {@code ${AWS::Region}} and
 * {@code ${AWS::AccountId}}, so they compare equal to the policies of the same template.
 *
 * @param partition   {@code aws} unless told otherwise
 * @param region      region, {@code *}, or a token
 * @param account     account id, {@code *}, or a token
 * @param selfArn     the machine's own ARN, or null when unknown
 * @param typeOf      logical id → CloudFormation resource type ({@code ""} when unknown)
 */
public record ArnContext(String partition, String region, String account, String selfArn,
                         Function<String, String> typeOf) {

    /** @return the context of a bare definition file */
    public static ArnContext unknown(String selfArn) {
        return new ArnContext("aws", "*", "*", selfArn, id -> "");
    }

    /** @return the type of the template resource {@code ${Id.Attr}} refers to, or {@code ""} */
    public String tokenType(String token) {
        if (!Glob.isToken(token)) {
            return "";
        }
        String inner = token.substring(2, token.length() - 1);
        int dot = inner.indexOf('.');
        return typeOf.apply(dot < 0 ? inner : inner.substring(0, dot));
    }

    /** @return {@code ${Id.Arn}} for a token {@code ${Id.Attr}} */
    public static String arnToken(String token) {
        String inner = token.substring(2, token.length() - 1);
        int dot = inner.indexOf('.');
        return "${" + (dot < 0 ? inner : inner.substring(0, dot)) + ".Arn}";
    }

    /** @return the logical id of a token {@code ${Id.Attr}} */
    public static String logicalId(String token) {
        String inner = token.substring(2, token.length() - 1);
        int dot = inner.indexOf('.');
        return dot < 0 ? inner : inner.substring(0, dot);
    }
}
