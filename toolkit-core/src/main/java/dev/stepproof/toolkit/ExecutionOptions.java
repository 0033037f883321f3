package dev.stepproof.toolkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.spi.TaskInvoker;
import dev.stepproof.toolkit.spi.TaskResult;

import java.time.Instant;
import java.util.Objects;

/**
 * Everything one execution needs besides the definition. Immutable; every {@code with…} returns a copy.
 * Defaults: input {@code {}}, name {@code "stepproof-execution"}, state machine {@code StateMachine} in
 * account 111111111111 / us-east-1, start 2026-01-01T00:00:00Z (virtual), STANDARD, seed 0, AWS's limits,
 * history recorded, and a task invoker that fails every task with {@code StepProof.NoTaskInvoker}; for distributed
 * Maps no S3 objects, ResultWriter output dropped, and only failed child executions kept.
 *
 * @since 0.1.0
 */
public final class ExecutionOptions {

    /** The invoker used when none is set: every Task fails, with a message saying how to configure one. */
    private static final TaskInvoker NO_INVOKER = invocation -> TaskResult.failure("StepProof.NoTaskInvoker",
            "Task state '" + invocation.stateName() + "' called " + invocation.resource()
                    + " but no TaskInvoker is configured; set one with ExecutionOptions.withTaskInvoker(...).");

    private final String inputText;
    private final JsonNode input;
    private final String name;
    private final String stateMachineName;
    private final String region;
    private final String account;
    private final String roleArn;
    private final Instant startTime;
    private final WorkflowType type;
    private final long seed;
    private final ExecutionLimits limits;
    private final TaskInvoker taskInvoker;
    private final boolean recordHistory;
    private final DistributedMapConfig distributed;

    /** What distributed Maps read and write; one field so that the positional copies above stay short. */
    private record DistributedMapConfig(S3Objects objects, S3Output output, boolean childHistories) {
    }
    // Callbacks and nested executions (D23, D24): kept apart from the fields above so that they travel as a pair.
    private final Callbacks callbacks;
    private final StateMachines stateMachines;

    private ExecutionOptions(String inputText, JsonNode input, String name, String stateMachineName, String region,
                             String account, String roleArn, Instant startTime, WorkflowType type, long seed,
                             ExecutionLimits limits, TaskInvoker taskInvoker, boolean recordHistory,
                             DistributedMapConfig distributed, Callbacks callbacks, StateMachines stateMachines) {
        this.distributed = distributed;
        this.inputText = inputText;
        this.input = input;
        this.name = name;
        this.stateMachineName = stateMachineName;
        this.region = region;
        this.account = account;
        this.roleArn = roleArn;
        this.startTime = startTime;
        this.type = type;
        this.seed = seed;
        this.limits = limits;
        this.taskInvoker = taskInvoker;
        this.recordHistory = recordHistory;
        this.callbacks = callbacks;
        this.stateMachines = stateMachines;
    }

    /** @return the defaults described above */
    public static ExecutionOptions defaults() {
        return new ExecutionOptions("{}", null, "stepproof-execution", "StateMachine", "us-east-1", "111111111111",
                "arn:aws:iam::111111111111:role/StepProofExecutionRole", Instant.parse("2026-01-01T00:00:00Z"),
                WorkflowType.STANDARD, 0L, ExecutionLimits.aws(), NO_INVOKER, true,
                new DistributedMapConfig(S3Objects.empty(), null, false), Callbacks.none(), StateMachines.none());
    }

    private ExecutionOptions copy(String inputText, JsonNode input, String name, String smName, Instant start,
                                  WorkflowType type, long seed, ExecutionLimits limits, TaskInvoker invoker, boolean history) {
        return new ExecutionOptions(inputText, input, name, smName, region, account, roleArn, start, type, seed,
                limits, invoker, history, distributed, callbacks, stateMachines);
    }

    private ExecutionOptions with(DistributedMapConfig config) {
        return new ExecutionOptions(inputText, input, name, stateMachineName, region, account, roleArn, startTime, type,
                seed, limits, taskInvoker, recordHistory, config, callbacks, stateMachines);
    }

    /**
     * @param objects the S3 objects that distributed Maps' ItemReaders read (default: none, so reading fails with
     *                {@code S3.NoSuchBucket})
     * @since 0.1.0
     */
    public ExecutionOptions withS3Objects(S3Objects objects) {
        return with(new DistributedMapConfig(Objects.requireNonNull(objects, "objects"), distributed.output(),
                distributed.childHistories()));
    }

    /**
     * @param output where distributed Maps' ResultWriters write their manifest and result files (default: none,
     *               the files are counted and dropped; the Map's output still names them)
     * @since 0.1.0
     */
    public ExecutionOptions withS3Output(S3Output output) {
        return with(new DistributedMapConfig(distributed.objects(), Objects.requireNonNull(output, "output"),
                distributed.childHistories()));
    }

    /**
     * @param keep true keeps every child execution of every distributed Map (input, output, history) in
     *             {@link Execution#mapRuns()}; the default, false, keeps counts and the failed children only, so that
     *             a Map over a million items runs in bounded memory
     * @since 0.1.0
     */
    public ExecutionOptions withChildExecutions(boolean keep) {
        return with(new DistributedMapConfig(distributed.objects(), distributed.output(), keep));
    }

    /** @return the S3 objects ItemReaders read; never null */
    public S3Objects s3Objects() {
        return distributed.objects();
    }

    /** @return where ResultWriters write, or null when results are dropped */
    public S3Output s3Output() {
        return distributed.output();
    }

    /** @return whether all child executions of distributed Maps are kept, see {@link #withChildExecutions} */
    public boolean keepChildExecutions() {
        return distributed.childHistories();
    }

    /**
     * @param answers the SendTaskSuccess/Failure/Heartbeat calls that answer {@code .waitForTaskToken} tasks
     *                (default {@link Callbacks#none()})
     * @return a copy with those callbacks; see docs/callbacks.md
     */
    public ExecutionOptions withCallbacks(Callbacks answers) {
        return new ExecutionOptions(inputText, input, name, stateMachineName, region, account, roleArn, startTime, type,
                seed, limits, taskInvoker, recordHistory, distributed, Objects.requireNonNull(answers, "callbacks"),
                stateMachines);
    }

    /**
     * @param machines state machines that {@code states:startExecution.sync[:2]} tasks run in process instead of
     *                 asking the task invoker (default {@link StateMachines#none()})
     * @return a copy with that registry
     */
    public ExecutionOptions withStateMachines(StateMachines machines) {
        return new ExecutionOptions(inputText, input, name, stateMachineName, region, account, roleArn, startTime, type,
                seed, limits, taskInvoker, recordHistory, distributed, callbacks,
                Objects.requireNonNull(machines, "stateMachines"));
    }

    /** @return the callbacks answering {@code .waitForTaskToken} tasks; never null */
    public Callbacks callbacks() {
        return callbacks;
    }

    /** @return the state machines run for {@code startExecution.sync} tasks; never null */
    public StateMachines stateMachines() {
        return stateMachines;
    }

    /** @param json the execution input as JSON text, kept verbatim for the ExecutionStarted event */
    public ExecutionOptions withInput(String json) {
        return copy(Objects.requireNonNull(json, "json"), null, name, stateMachineName, startTime, type, seed, limits, taskInvoker, recordHistory);
    }

    /** @param json the execution input; not copied, so do not change it afterwards */
    public ExecutionOptions withInput(JsonNode json) {
        return copy(null, Objects.requireNonNull(json, "json"), name, stateMachineName, startTime, type, seed, limits, taskInvoker, recordHistory);
    }

    public ExecutionOptions withName(String executionName) {
        return copy(inputText, input, Objects.requireNonNull(executionName), stateMachineName, startTime, type, seed, limits, taskInvoker, recordHistory);
    }

    public ExecutionOptions withStateMachineName(String smName) {
        return copy(inputText, input, name, Objects.requireNonNull(smName), startTime, type, seed, limits, taskInvoker, recordHistory);
    }

    /** @param start the virtual time at which the execution starts */
    public ExecutionOptions withStartTime(Instant start) {
        return copy(inputText, input, name, stateMachineName, Objects.requireNonNull(start), type, seed, limits, taskInvoker, recordHistory);
    }

    public ExecutionOptions withType(WorkflowType workflowType) {
        return copy(inputText, input, name, stateMachineName, startTime, Objects.requireNonNull(workflowType), seed, limits, taskInvoker, recordHistory);
    }

    /** @param randomSeed seeds jitter, States.UUID, States.MathRandom and chaos; same seed, same execution */
    public ExecutionOptions withSeed(long randomSeed) {
        return copy(inputText, input, name, stateMachineName, startTime, type, randomSeed, limits, taskInvoker, recordHistory);
    }

    public ExecutionOptions withLimits(ExecutionLimits executionLimits) {
        return copy(inputText, input, name, stateMachineName, startTime, type, seed, Objects.requireNonNull(executionLimits), taskInvoker, recordHistory);
    }

    public ExecutionOptions withTaskInvoker(TaskInvoker invoker) {
        return copy(inputText, input, name, stateMachineName, startTime, type, seed, limits, Objects.requireNonNull(invoker), recordHistory);
    }

    /** @param record false skips building the history (faster; queries on the result then see no events) */
    public ExecutionOptions withHistory(boolean record) {
        return copy(inputText, input, name, stateMachineName, startTime, type, seed, limits, taskInvoker, record);
    }

    /** @return the input as given: JSON text, or null when a JsonNode was given */
    public String inputText() {
        return inputText;
    }

    /** @return the input as given as a tree, or null when JSON text was given */
    public JsonNode input() {
        return input;
    }

    public String name() {
        return name;
    }

    public String stateMachineName() {
        return stateMachineName;
    }

    public String region() {
        return region;
    }

    public String account() {
        return account;
    }

    public String roleArn() {
        return roleArn;
    }

    public Instant startTime() {
        return startTime;
    }

    public WorkflowType type() {
        return type;
    }

    public long seed() {
        return seed;
    }

    public ExecutionLimits limits() {
        return limits;
    }

    public TaskInvoker taskInvoker() {
        return taskInvoker;
    }

    public boolean recordHistory() {
        return recordHistory;
    }

    /** @return {@code arn:aws:states:<region>:<account>:stateMachine:<name>} */
    public String stateMachineArn() {
        return "arn:aws:states:" + region + ":" + account + ":stateMachine:" + stateMachineName;
    }

    /**
     * @return the execution ARN; EXPRESS executions use AWS's {@code express:<machine>:<name>:<id>} form, with an
     *         id derived from the name and seed so that it is the same on every run
     */
    public String executionArn() {
        String base = "arn:aws:states:" + region + ":" + account;
        if (type == WorkflowType.EXPRESS) {
            String id = java.util.UUID.nameUUIDFromBytes((name + "/" + seed).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
            return base + ":express:" + stateMachineName + ":" + name + ":" + id;
        }
        return base + ":execution:" + stateMachineName + ":" + name;
    }
}
