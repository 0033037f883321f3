package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.internal.audit.iam.IamRequirements;

import java.util.Set;

/** PERM-003: Distributed Map, ItemReader or ResultWriter lacks permissions. */
final class MissingMapPermissionRule extends MissingPermissionRule {

    MissingMapPermissionRule(IamRequirements table) {
        super("PERM-003", AuditSeverity.HIGH, "Distributed Map, ItemReader or ResultWriter lacks permissions", "A distributed Map starts child executions of its own state machine and reads and writes S3; without these permissions the Map run fails.", table, Set.of("distributedMap", "itemReader", "resultWriter"));
    }

    @Override
    String consequence(String group) {
        return "the Map run would fail";
    }
}
