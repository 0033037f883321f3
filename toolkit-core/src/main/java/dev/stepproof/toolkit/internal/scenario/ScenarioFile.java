package dev.stepproof.toolkit.internal.scenario;

import dev.stepproof.toolkit.WorkflowType;
import dev.stepproof.toolkit.internal.parse.LocatedDocument;

import java.nio.file.Path;
import java.util.List;

/**
 * A parsed scenario file.
 *
 * @param source           the file as the user named it
 * @param document         the parsed text, for locating messages
 * @param definition       the definition file, resolved against the scenario's folder, or null (template)
 * @param template         the CloudFormation/SAM template, resolved, or null
 * @param logicalId        the state machine's logical id in the template, or null
 * @param workflowType     STANDARD unless the file says EXPRESS
 * @param stateMachineName the name for ARNs and MockConfigFile lookups (default: the definition's file stem)
 * @param mockConfig       the MockConfigFile, resolved, or null
 * @param cases            the cases, in file order
 * @param children         the {@code stateMachines} entries, in file order (empty when none)
 */
public record ScenarioFile(String source, LocatedDocument document, Path definition, Path template, String logicalId,
                           WorkflowType workflowType, String stateMachineName, Path mockConfig,
                           List<ScenarioCase> cases, List<ChildMachine> children) {
    public ScenarioFile {
        cases = List.copyOf(cases);
        children = List.copyOf(children);
    }

    /**
     * One {@code stateMachines} entry: a child state machine that {@code startExecution.sync} tasks run.
     *
     * @param key          the StateMachineArn or name it is registered under
     * @param pointer      the entry's JSON Pointer in the scenario file, for messages
     * @param definition   the definition file, resolved, or null (template)
     * @param template     the template, resolved, or null (definition)
     * @param logicalId    the child's logical id in the template, or null
     * @param workflowType STANDARD unless the entry says EXPRESS
     */
    public record ChildMachine(String key, String pointer, Path definition, Path template, String logicalId,
                               WorkflowType workflowType) {
    }
}
