package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.internal.audit.iam.IamRequirements;
import dev.stepproof.toolkit.internal.audit.iam.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * IAM-011: an S3 statement whose resources can never match its actions: object actions ({@code s3:GetObject},
 * {@code PutObject}, …) on a bucket ARN without a key part, or bucket actions ({@code s3:ListBucket}) on object
 * ARNs only. The statement then grants nothing, and the task fails with an AccessDenied that looks like a bug
 * elsewhere. (S3 is where this mistake is common; other services are not checked.)
 */
final class ResourceTypeMismatchRule extends RuleBase {

    private static final Set<String> OBJECT_ACTIONS = Set.of("s3:getobject", "s3:putobject", "s3:deleteobject",
            "s3:getobjectversion", "s3:abortmultipartupload", "s3:listmultipartuploadparts", "s3:getobjecttagging",
            "s3:putobjecttagging");
    private static final Set<String> BUCKET_ACTIONS = Set.of("s3:listbucket", "s3:getbucketlocation",
            "s3:listbucketversions", "s3:listbucketmultipartuploads");

    private final IamRequirements table;

    ResourceTypeMismatchRule(IamRequirements table) {
        super("IAM-011", AuditSeverity.MEDIUM, "S3 resource ARN cannot match the action",
                "S3 object actions need object ARNs (arn:aws:s3:::bucket/key or bucket/*) and bucket actions need the "
                        + "bucket ARN; a statement that mixes them up grants nothing.");
        this.table = table;
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        List<Finding> out = new ArrayList<>();
        for (Statement s : Roles.allows(Roles.model(subject, table))) {
            if (s.notAction() || s.notResource() || s.anyResource()) {
                continue;
            }
            List<String> s3 = s.resources().stream().filter(r -> r.startsWith("arn:aws:s3:::")).toList();
            if (s3.isEmpty()) {
                continue;
            }
            boolean objectArns = s3.stream().anyMatch(r -> r.substring(13).contains("/"));
            boolean bucketArns = s3.stream().anyMatch(r -> !r.substring(13).contains("/"));
            for (String action : s.actions()) {
                String a = action.toLowerCase(Locale.ROOT);
                if (OBJECT_ACTIONS.contains(a) && !objectArns || BUCKET_ACTIONS.contains(a) && !bucketArns) {
                    out.add(subject.finding(this, s.policy(), s.pointer() + "/Resource", message(s, action,
                            OBJECT_ACTIONS.contains(a)), fix(OBJECT_ACTIONS.contains(a))).withEvidence(s.policy().name() + s.pointer() + action));
                }
            }
        }
        return out;
    }

    static String message(Statement s, String action, boolean objectAction) {
        return s.label() + " allows " + action + " only on " + (objectAction ? "bucket" : "object")
                + " ARNs, which it never applies to; the statement grants nothing for it.";
    }

    static String fix(boolean objectAction) {
        return objectAction ? "Use object ARNs: arn:aws:s3:::<bucket>/<key or prefix>*." : "Use the bucket ARN: arn:aws:s3:::<bucket>.";
    }
}
