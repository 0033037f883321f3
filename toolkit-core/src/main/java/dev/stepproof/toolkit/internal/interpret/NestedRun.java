package dev.stepproof.toolkit.internal.interpret;

import dev.stepproof.toolkit.internal.text.JsonText;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepproof.toolkit.ChildExecution;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionOptions;
import dev.stepproof.toolkit.ExecutionStatus;
import dev.stepproof.toolkit.StateMachines;
import dev.stepproof.toolkit.WorkflowType;
import dev.stepproof.toolkit.internal.catalogue.IntegrationCatalogue;
import dev.stepproof.toolkit.model.StateMachine;
import dev.stepproof.toolkit.spi.TaskInvocation;
import dev.stepproof.toolkit.spi.TaskResult;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code states:startExecution.sync} and {@code .sync:2} with a registered child machine (D24): the child runs at
 * once, to its end, as a separate execution starting at the parent's current virtual time; the parent's task then
 * completes at the child's stop time (or times out first). Nothing can pass between the two while the child runs,
 * so running it eagerly gives the same histories as interleaving it, and keeps the parent single-threaded.
 */
final class NestedRun {
    private static final String SYNC = "startExecution.sync";
    private static final String SYNC2 = "startExecution.sync:2";
    static final String NESTING_LIMIT = "StepProof.NestingLimitExceeded";

    private NestedRun() {
    }

    static boolean handles(TaskResource resource, ExecutionOptions options) {
        return resource.kind() == TaskResource.Kind.INTEGRATION && "states".equals(resource.resourceType())
                && (SYNC.equals(resource.action()) || SYNC2.equals(resource.action()))
                && !options.stateMachines().isEmpty();
    }

    /** @return false when the StateMachineArn is not registered: the task invoker answers, as without a registry */
    static boolean start(TaskStep step, Visit v, JsonNode params, long started, long limitMillis) {
        Run run = v.fiber.run;
        StateMachines registry = run.options.stateMachines();
        JsonNode arnNode = params.path("StateMachineArn");
        String arn = arnNode.isTextual() ? arnNode.textValue() : null;
        Optional<StateMachine> machine = registry.find(arn);
        if (machine.isEmpty()) {
            return false;
        }
        if (run.depth >= registry.maxDepth()) {
            // Uncatchable, like the transition limit: a Catch must not turn endless recursion into a success.
            run.abortWith(NESTING_LIMIT, "Task state '" + step.name + "' of " + run.options.executionArn()
                    + " starts " + arn + " at nesting depth " + (run.depth + 1) + ", beyond StateMachines.maxDepth "
                    + registry.maxDepth() + ". A machine that starts itself needs a condition that stops it; "
                    + "raise the limit with StateMachines.builder().maxDepth(n) if the nesting is intended.");
            return true;
        }
        TaskInvocation invocation = step.invocation(v, params, false);
        JsonNode input = params.get("Input");
        JsonNode childInput;
        try {
            childInput = input == null || input.isNull() ? Json.NODES.objectNode()
                    : input.isTextual() ? Json.MAPPER.readTree(input.textValue()) : input;
        } catch (JsonProcessingException e) {
            childInput = null;
        }
        if (childInput == null || childInput.isMissingNode()) {
            TaskResult.Failure bad = IntegrationCatalogue.standard().failure(invocation, "validation")
                    .orElse(new TaskResult.Failure("StepFunctions.InvalidExecutionInputException", "Invalid execution input", java.time.Duration.ZERO));
            step.failed(v, bad.error(), bad.cause());
            return true;
        }
        String smName = StateMachines.nameOf(arn).orElse(arn);
        String executionName = params.path("Name").isTextual() ? params.get("Name").textValue()
                : uuid(run.options.executionArn() + "/" + step.name + "/" + v.enteredEventId + "/" + v.retryCount).toString();
        long seed = uuid(run.options.seed() + "/" + smName + "/" + executionName).getMostSignificantBits();
        ExecutionOptions childOptions = run.options
                .withInput(childInput)
                .withName(executionName)
                .withStateMachineName(smName)
                .withStartTime(java.time.Instant.ofEpochMilli(started))
                .withType(WorkflowType.STANDARD)
                .withSeed(seed);
        CompiledMachine compiled = run.compiledChildren.computeIfAbsent(machine.get(), CompiledMachine::compile);
        Execution child = compiled.executeChild(childOptions, run.depth + 1, run.compiledChildren);
        run.childStarted(new ChildExecution(step.name, v.retryCount + 1, arn, childOptions.executionArn(), child));
        if (NESTING_LIMIT.equals(child.error())) {
            run.abortWith(NESTING_LIMIT, child.cause());
            return true;
        }
        ObjectNode startResponse = Json.NODES.objectNode();
        startResponse.put("ExecutionArn", childOptions.executionArn());
        step.submitted(v, IntegrationCatalogue.standard().wrap(
                new TaskInvocation(invocation.stateName(), invocation.resource(), "states", "startExecution",
                        params, invocation.attempt(), invocation.context(), invocation.time()), startResponse));
        ObjectNode described = describe(child, childOptions, arn, input, childInput, SYNC2.equals(step.resourceAction()));
        long took = child.stopTime().toEpochMilli() - child.startTime().toEpochMilli();
        step.finishAfter(v, started, limitMillis, took, () -> {
            if (v.fiber.isAborted()) {
                return;
            }
            if (child.status() == ExecutionStatus.SUCCEEDED) {
                step.finished(v, TaskResult.success(described));
            } else {
                // AWS-REC: a child that does not succeed fails the task with States.TaskFailed and the description as cause.
                step.failed(v, "States.TaskFailed", JsonText.compact(described));
            }
        });
        return true;
    }

    /**
     * DescribeExecution as the task returns it (catalogue: {@code startExecution.sync[:2]}): Input and Output as
     * JSON text for {@code .sync}, parsed for {@code .sync:2}; Error and Cause instead of Output when it failed.
     */
    private static ObjectNode describe(Execution child, ExecutionOptions options, String arn, JsonNode inputParam,
                                       JsonNode childInput, boolean parsed) {
        ObjectNode d = Json.NODES.objectNode();
        boolean ok = child.status() == ExecutionStatus.SUCCEEDED;
        if (!ok) {
            if (child.cause() != null) {
                d.put("Cause", child.cause());
            }
            if (child.error() != null) {
                d.put("Error", child.error());
            }
        }
        d.put("ExecutionArn", options.executionArn());
        if (parsed) {
            d.set("Input", childInput);
        } else {
            d.put("Input", inputParam != null && inputParam.isTextual() ? inputParam.textValue() : JsonText.compact(childInput));
        }
        d.putObject("InputDetails").put("Included", true);
        d.put("Name", options.name());
        if (ok) {
            if (parsed) {
                d.set("Output", child.output());
            } else {
                d.put("Output", JsonText.compact(child.output()));
            }
            d.putObject("OutputDetails").put("Included", true);
        }
        d.put("StartDate", child.startTime().toEpochMilli());
        d.put("StateMachineArn", arn);
        d.put("Status", child.status().name());
        d.put("StopDate", child.stopTime().toEpochMilli());
        return d;
    }

    private static UUID uuid(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8));
    }
}
