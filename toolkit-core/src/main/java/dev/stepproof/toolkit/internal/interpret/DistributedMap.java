package dev.stepproof.toolkit.internal.interpret;

import dev.stepproof.toolkit.internal.text.JsonText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionOptions;
import dev.stepproof.toolkit.ExecutionStatus;
import dev.stepproof.toolkit.S3Output;
import dev.stepproof.toolkit.WorkflowType;
import dev.stepproof.toolkit.internal.dataflow.ReferenceValue;
import dev.stepproof.toolkit.internal.dataflow.StatesError;
import dev.stepproof.toolkit.internal.itemreader.ItemReaders;
import dev.stepproof.toolkit.internal.itemreader.ItemSource;
import dev.stepproof.toolkit.internal.jsonata.JsonataError;
import dev.stepproof.toolkit.internal.jsonata.JsonataValue;
import dev.stepproof.toolkit.model.ItemBatcher;
import dev.stepproof.toolkit.model.ItemReader;
import dev.stepproof.toolkit.model.MapState;
import dev.stepproof.toolkit.model.NumberOrExpression;
import dev.stepproof.toolkit.model.ProcessorConfig;
import dev.stepproof.toolkit.model.ReaderConfig;
import dev.stepproof.toolkit.model.ResultWriter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A distributed Map (ASL-SEMANTICS §1.3, §1.4, §8.7): ItemReader → ItemsPath/Items → ItemSelector → ItemBatcher →
 * one child execution per item or batch → ResultWriter. Items are read as children are started, at most
 * MaxConcurrency (default 10,000) children run at once, and children are executions of their own (own history,
 * own event ids and context, STANDARD or EXPRESS) on the parent's virtual clock. The parent history gets
 * {@code MapStateStarted}, {@code MapRunStarted} and {@code MapRunSucceeded}/{@code MapRunFailed}/{@code MapRunAborted};
 * child events are not in it. Failures up to ToleratedFailureCount/Percentage do not fail the run; beyond them the
 * Map fails with {@code States.ExceedToleratedFailureThreshold}.
 */
final class DistributedMap {
    static final String EXCEEDED = "States.ExceedToleratedFailureThreshold";
    static final String EXCEEDED_CAUSE = "The specified tolerated failure threshold was exceeded";
    /** AWS's default number of concurrent child executions when MaxConcurrency is 0 or absent. */
    static final int DEFAULT_CONCURRENCY = 10_000;

    private final MapStep step;
    private final MapState model;
    private final CompiledWorkflow processor;
    private final WorkflowType childType;
    private final String label;
    // ItemReader
    private final ItemReader reader;
    private final Flow.Template readerParameters;
    private final JsonataValue readerArguments;
    private final JsonataNumber maxItemsExpression;
    private final ReferenceValue maxItemsPath;
    // ItemBatcher
    private final ItemBatcher batcher;
    private final JsonataNumber maxItemsPerBatchExpression;
    private final ReferenceValue maxItemsPerBatchPath;
    private final JsonataNumber maxBytesPerBatchExpression;
    private final ReferenceValue maxBytesPerBatchPath;
    private final Flow.Template batchInput;
    private final JsonataValue batchInputJsonata;
    // ResultWriter
    private final ResultWriter writer;
    private final Flow.Template writerParameters;
    private final JsonataValue writerArguments;
    private final ResultFiles.Transformation transformation;
    private final boolean jsonLines;

    DistributedMap(MapStep step, MapState s, CompiledWorkflow processor, boolean jsonata) {
        this.step = step;
        this.model = s;
        this.processor = processor;
        ProcessorConfig.ExecutionType type = s.processor() == null || s.processor().processorConfig() == null ? null
                : s.processor().processorConfig().executionType();
        this.childType = type == ProcessorConfig.ExecutionType.EXPRESS ? WorkflowType.EXPRESS : WorkflowType.STANDARD;
        this.label = s.label() != null ? s.label() : s.name();
        this.reader = s.itemReader();
        ReaderConfig rc = reader == null ? null : reader.readerConfig();
        this.readerParameters = reader == null || jsonata ? null : Flow.template(reader.parameters());
        this.readerArguments = reader == null || !jsonata ? null : JsonataValue.compile(reader.arguments(), "ItemReader.Arguments");
        this.maxItemsExpression = rc == null || !jsonata ? null : JsonataNumber.integer(rc.maxItems(), "ItemReader.ReaderConfig.MaxItems");
        this.maxItemsPath = rc == null ? null : Flow.reference(rc.maxItemsPath(), "MaxItemsPath");
        this.batcher = s.itemBatcher();
        this.maxItemsPerBatchExpression = batcher == null || !jsonata ? null
                : JsonataNumber.integer(batcher.maxItemsPerBatch(), "ItemBatcher.MaxItemsPerBatch");
        this.maxItemsPerBatchPath = batcher == null ? null : Flow.reference(batcher.maxItemsPerBatchPath(), "MaxItemsPerBatchPath");
        this.maxBytesPerBatchExpression = batcher == null || !jsonata ? null
                : JsonataNumber.integer(batcher.maxInputBytesPerBatch(), "ItemBatcher.MaxInputBytesPerBatch");
        this.maxBytesPerBatchPath = batcher == null ? null : Flow.reference(batcher.maxInputBytesPerBatchPath(), "MaxInputBytesPerBatchPath");
        this.batchInput = batcher == null || jsonata ? null : Flow.template(batcher.batchInput());
        this.batchInputJsonata = batcher == null || !jsonata ? null : JsonataValue.compile(batcher.batchInput(), "ItemBatcher.BatchInput");
        this.writer = s.resultWriter();
        this.writerParameters = writer == null || jsonata ? null : Flow.template(writer.parameters());
        this.writerArguments = writer == null || !jsonata ? null : JsonataValue.compile(writer.arguments(), "ResultWriter.Arguments");
        JsonNode wc = writer == null ? null : writer.writerConfig();
        String t = wc == null ? null : wc.path("Transformation").asText(null);
        this.transformation = t == null ? (writer != null && writer.resource() != null ? ResultFiles.Transformation.NONE
                : ResultFiles.Transformation.COMPACT) : ResultFiles.Transformation.valueOf(known(t));
        this.jsonLines = wc != null && "JSONL".equals(wc.path("OutputType").asText());
    }

    private static String known(String transformation) {
        return switch (transformation) {
            case "NONE", "COMPACT", "FLATTEN" -> transformation;
            default -> "NONE";
        };
    }

    boolean readsItems() {
        return reader != null;
    }

    /**
     * Starts the Map Run: the state has checked MaxConcurrency and the tolerated failures; {@code items} gives the
     * ItemsPath/Items array when there is no ItemReader.
     */
    void start(Visit v, JsonNode input, Supplier<JsonNode> items, long limit, ToleratedFailures.Thresholds thresholds) {
        ItemSourcePlan plan = reader != null ? readerPlan(v, input) : null;
        JsonNode array = reader == null ? items.get() : null;
        ObjectNode length = Json.NODES.objectNode().put("length", array == null ? 0 : array.size());
        v.fiber.event("MapStateStarted", null, null, null, null, length);
        Active active = new Active(v, input, limit <= 0 ? DEFAULT_CONCURRENCY : limit, thresholds);
        v.clearChildren();
        v.onAbort(active::abortedFromOutside);
        active.begin(plan, array);
    }

    /** The reader's evaluated Parameters and MaxItems: evaluated before the run starts, as state-level fields. */
    private record ItemSourcePlan(JsonNode parameters, long maxItems) {
    }

    private ItemSourcePlan readerPlan(Visit v, JsonNode input) {
        JsonNode parameters = readerArguments != null ? readerArguments.evaluate(v.states(null, null))
                : readerParameters != null ? Flow.apply(readerParameters, v.input(input)) : Json.NODES.objectNode();
        ReaderConfig rc = reader.readerConfig();
        long max = 0;
        if (maxItemsPath != null) {
            max = integer(maxItemsPath.resolve(v.input(input)), "MaxItemsPath", rc.maxItemsPath());
        } else if (maxItemsExpression != null) {
            max = maxItemsExpression.evaluateLong(v);
        } else if (rc != null && rc.maxItems() != null && !rc.maxItems().isExpression()) {
            max = rc.maxItems().number().longValue();
        }
        return new ItemSourcePlan(parameters, max);
    }

    /** A {@code …Path} value that must be an integer; numeric strings are accepted as for MaxConcurrencyPath. */
    static long integer(JsonNode value, String field, String path) {
        try {
            if (value.isTextual()) {
                return Long.parseLong(value.textValue().trim());
            }
            if (value.canConvertToExactIntegral()) {
                return value.asLong();
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        String shown = value.isTextual() ? value.textValue() : JsonText.compact(value);
        throw StatesError.runtime("The " + field + " field refers to value \"" + shown + "\" which is not a valid integer: " + path);
    }

    private long batchLimit(Visit v, JsonNode input, NumberOrExpression literal, JsonataNumber expression,
                            ReferenceValue path, String pathText, String field) {
        if (path != null) {
            return integer(path.resolve(v.input(input)), field + "Path", pathText);
        }
        if (expression != null) {
            return expression.evaluateLong(v);
        }
        return literal == null || literal.isExpression() ? 0 : literal.number().longValue();
    }

    /** One Map Run in progress. */
    private final class Active {
        private final Visit visit;
        private final JsonNode input;
        private final long limit;
        private final ToleratedFailures.Thresholds thresholds;
        private final Run parentRun;
        private final ExecutionOptions childOptions;
        private final String mapRunArn;
        private final long idBits;
        private final MapRunRecord record;
        private final Map<Run, Child> running = new LinkedHashMap<>();
        private ItemSource source;
        private ResultFiles files;
        /** Outputs in child order when the Map returns them; null when they are written or discarded. */
        private List<JsonNode> outputs;
        private long outputBytes;
        private long itemIndex;
        private long childIndex;
        private JsonNode peeked;
        private boolean exhausted;
        private boolean done;
        private long maxPerBatch;
        private long maxBytesPerBatch;
        private JsonNode batchInputValue;
        /** Whether a check of the oldest running child's deadline is scheduled (there is at most one). */
        private boolean deadlineCheckScheduled;

        Active(Visit visit, JsonNode input, long limit, ToleratedFailures.Thresholds thresholds) {
            this.visit = visit;
            this.input = input;
            this.limit = limit;
            this.thresholds = thresholds;
            this.parentRun = visit.fiber.run;
            ExecutionOptions o = parentRun.options;
            String seed = o.executionArn() + "/" + step.name + "/" + visit.enteredEventId + "/" + visit.retryCount;
            UUID id = UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8));
            this.idBits = id.getMostSignificantBits();
            this.mapRunArn = "arn:aws:states:" + o.region() + ":" + o.account() + ":mapRun:" + o.stateMachineName() + "/"
                    + label + ":" + id;
            this.childOptions = o.withType(childType).withHistory(o.keepChildExecutions())
                    .withStateMachineName(o.stateMachineName() + "/" + label);
            this.record = new MapRunRecord(mapRunArn, step.name, o.keepChildExecutions());
            parentRun.addMapRun(record);
        }

        void begin(ItemSourcePlan plan, JsonNode array) {
            visit.fiber.event("MapRunStarted", null, null, null, null, Json.NODES.objectNode().put("mapRunArn", mapRunArn));
            if (guarded(() -> open(plan, array))) {
                launch();
            }
        }

        /**
         * Runs {@code work}, turning a StatesError or JSONata error into the run's failure.
         *
         * @return whether the work completed
         */
        private boolean guarded(Runnable work) {
            try {
                work.run();
                return true;
            } catch (StatesError e) {
                failRun(visit.failure(e));
            } catch (JsonataError e) {
                failRun(visit.failure(visit.evaluationFailed(e)));
            }
            return false;
        }

        /** Opens the item source, evaluates the batcher's limits and BatchInput, and opens the result files. */
        private void open(ItemSourcePlan plan, JsonNode array) {
            if (plan != null) {
                if (plan.maxItems() < 0) {
                    throw ItemSource.failed("field MaxItems must be positive");
                }
                ReaderConfig rc = reader.readerConfig();
                ItemReaders.Format format = rc == null ? null
                        : new ItemReaders.Format(rc.inputType(), rc.csvHeaderLocation(), rc.csvHeaders(), rc.csvDelimiter());
                source = ItemReaders.open(parentRun.options.s3Objects(), reader.resource(), plan.parameters(), format,
                        Json.MAPPER).limit(plan.maxItems());
            } else {
                source = ItemSource.of(array);
            }
            if (batcher != null) {
                maxPerBatch = batchLimit(visit, input, batcher.maxItemsPerBatch(), maxItemsPerBatchExpression,
                        maxItemsPerBatchPath, batcher.maxItemsPerBatchPath(), "MaxItemsPerBatch");
                maxBytesPerBatch = batchLimit(visit, input, batcher.maxInputBytesPerBatch(), maxBytesPerBatchExpression,
                        maxBytesPerBatchPath, batcher.maxInputBytesPerBatchPath(), "MaxInputBytesPerBatch");
                if (maxBytesPerBatch <= 0) {
                    maxBytesPerBatch = parentRun.options.limits().maxPayloadBytes();
                }
                batchInputValue = batchInputJsonata != null ? batchInputJsonata.evaluate(visit.states(null, null))
                        : batchInput != null ? Flow.apply(batchInput, visit.input(input)) : null;
            }
            if (writer != null && writer.resource() != null) {
                files = openFiles();
            } else if (!step.discardsResult()) {
                outputs = new ArrayList<>();
            }
        }

        private ResultFiles openFiles() {
            JsonNode params = writerArguments != null ? writerArguments.evaluate(visit.states(null, null))
                    : writerParameters != null ? Flow.apply(writerParameters, visit.input(input)) : Json.NODES.objectNode();
            JsonNode bucket = params.path("Bucket");
            if (!bucket.isTextual() || bucket.textValue().isEmpty()) {
                throw StatesError.plain("States.ResultWriterFailed", "The ResultWriter's Parameters need 'Bucket' as a "
                        + "non-empty string, but got " + params + ".");
            }
            S3Output out = parentRun.options.s3Output() != null ? parentRun.options.s3Output() : S3Output.discarding();
            String id = mapRunArn.substring(mapRunArn.lastIndexOf(':') + 1);
            return new ResultFiles(out, bucket.textValue(), params.path("Prefix").asText(""), id, mapRunArn, jsonLines,
                    transformation, childOptions.stateMachineArn());
        }

        /** Starts children while slots are free and items remain; ends the run when all are done. */
        private void launch() {
            boolean started = guarded(() -> {
                while (!done && running.size() < limit) {
                    JsonNode childInput = nextChildInput();
                    if (childInput == null) {
                        break;
                    }
                    startChild(childInput);
                }
            });
            if (!started) {
                return;
            }
            if (!done && exhausted && thresholds.exceeded(record.failed, childIndex)) {
                failRun(new Failure(EXCEEDED, EXCEEDED_CAUSE, true));
            } else if (!done && exhausted && running.isEmpty()) {
                succeed();
            }
        }

        /** The next item after ItemSelector, or the next batch; null when the reader is at its end. */
        private JsonNode nextChildInput() {
            if (batcher == null) {
                return nextItem();
            }
            ArrayNode batch = Json.NODES.arrayNode();
            long bytes = 0;
            while (maxPerBatch <= 0 || batch.size() < maxPerBatch) {
                JsonNode item = peeked != null ? peeked : nextItem();
                peeked = null;
                if (item == null) {
                    break;
                }
                long size = Json.utf8Size(item, maxBytesPerBatch) + 1;
                if (!batch.isEmpty() && bytes + size > maxBytesPerBatch) {
                    peeked = item;
                    break;
                }
                batch.add(item);
                bytes += size;
            }
            if (batch.isEmpty()) {
                return null;
            }
            ObjectNode childInput = Json.NODES.objectNode();
            if (batchInputValue != null) {
                childInput.set("BatchInput", batchInputValue);
            }
            childInput.set("Items", batch);
            return childInput;
        }

        private JsonNode nextItem() {
            if (exhausted) {
                return null;
            }
            JsonNode item = source.next();
            if (item == null) {
                exhausted = true;
                source.close();
                return null;
            }
            return step.selectItem(visit, input, (int) Math.min(Integer.MAX_VALUE, itemIndex++), item);
        }

        private void startChild(JsonNode childInput) {
            long index = childIndex++;
            String name = new UUID(idBits, index).toString();
            Child child = new Child(index, childInput);
            Run run = new Run(parentRun, childOptions.withName(name).withStartTime(
                    java.time.Instant.ofEpochMilli(parentRun.now())), child);
            child.arn = run.options.executionArn();
            running.put(run, child);
            record.started++;
            run.startChild(processor, childInput);
            scheduleDeadlineCheck();
        }

        /**
         * Children may run at most their type's maximum duration (EXPRESS 5 minutes, STANDARD 1 year). Every child
         * has the same allowance and they start in clock order, so the oldest running child always has the
         * nearest deadline: one scheduled check at a time suffices, and nothing is kept for children that ended.
         */
        private void scheduleDeadlineCheck() {
            if (deadlineCheckScheduled || done || running.isEmpty()) {
                return;
            }
            deadlineCheckScheduled = true;
            Run oldest = running.keySet().iterator().next();
            parentRun.scheduler.at(oldest.startMillis() + childOptions.limits().maxDurationMillis(childType),
                    this::timeOutOverdueChildren);
        }

        private void timeOutOverdueChildren() {
            deadlineCheckScheduled = false;
            if (done) {
                return;
            }
            long allowed = childOptions.limits().maxDurationMillis(childType);
            List<Run> overdue = new ArrayList<>();
            for (Run run : running.keySet()) {
                if (run.startMillis() + allowed > parentRun.now()) {
                    break;
                }
                overdue.add(run);
            }
            // Each ends as TIMED_OUT (a failed child for the thresholds) and frees its slot for the next item.
            overdue.forEach(Run::timedOut);
            scheduleDeadlineCheck();
        }

        /** Told when one child ends: counts it, writes or keeps its result, and moves the run on. */
        private final class Child implements Run.ChildListener {
            final long index;
            final JsonNode childInput;
            String arn;

            Child(long index, JsonNode childInput) {
                this.index = index;
                this.childInput = childInput;
            }

            @Override
            public void ended(Run run, Execution e) {
                running.remove(run);
                record.ended(index, arn, childInput, e);
                try {
                    if (files != null) {
                        files.ended(run.options.name(), arn, childInput, e);
                    }
                } catch (StatesError error) {
                    if (!done) {
                        failRun(visit.failure(error));
                    }
                    return;
                }
                if (done) {
                    return;
                }
                if (outputs != null) {
                    keep(e);
                    if (done) {
                        return;
                    }
                }
                if (e.status() != ExecutionStatus.SUCCEEDED && thresholds.exceeded(record.failed, exhausted ? childIndex : -1)) {
                    failRun(new Failure(EXCEEDED, EXCEEDED_CAUSE, true));
                    return;
                }
                launch();
            }

            /** Keeps the output for the Map's result, within the payload quota (AWS's limit on the state's result). */
            private void keep(Execution e) {
                JsonNode value = e.status() == ExecutionStatus.SUCCEEDED ? e.output() : ResultFiles.errorOutput(e);
                int max = parentRun.options.limits().maxPayloadBytes();
                outputBytes += Json.utf8Size(value, max) + 1;
                if (outputBytes > max) {
                    failRun(new Failure(StatesError.DATA_LIMIT_EXCEEDED, "The state/task '" + step.name
                            + "' returned a result with a size exceeding the maximum number of bytes service limit.", true));
                    return;
                }
                while (outputs.size() <= index) {
                    outputs.add(null);
                }
                outputs.set((int) index, value);
            }
        }

        private void succeed() {
            done = true;
            JsonNode result;
            try {
                result = files != null ? files.finish() : results();
            } catch (StatesError e) {
                done = false;
                failRun(visit.failure(e));
                return;
            }
            record.end(ExecutionStatus.SUCCEEDED, null, null);
            Fiber parent = visit.fiber;
            long runSucceeded = parent.event("MapRunSucceeded", null, null, null, null, null);
            parentRun.event("MapStateSucceeded", runSucceeded, null, null, null, null, null);
            visit.clearChildren();
            step.completed(visit, result);
        }

        private JsonNode results() {
            ArrayNode array = Json.NODES.arrayNode();
            if (outputs == null) {
                return array;
            }
            for (JsonNode value : outputs) {
                if (transformation == ResultFiles.Transformation.FLATTEN && value != null && value.isArray()) {
                    array.addAll((ArrayNode) value);
                } else {
                    array.add(value);
                }
            }
            return array;
        }

        /** Ends the run as failed: stops running children, closes the files, then fails the Map state. */
        private void failRun(Failure failure) {
            if (done) {
                return;
            }
            done = true;
            stopChildren();
            if (files != null) {
                try {
                    files.finish();
                } catch (StatesError ignored) {
                    // the run already fails with its own error
                }
            }
            record.end(ExecutionStatus.FAILED, failure.error(), failure.cause());
            Fiber parent = visit.fiber;
            ObjectNode details = Json.NODES.objectNode();
            if (failure.error() != null) {
                details.put("error", failure.error());
            }
            if (failure.cause() != null) {
                details.put("cause", failure.cause());
            }
            parent.event("MapRunFailed", null, null, null, null, details);
            parent.event("MapStateFailed", null, null, null, null, null);
            visit.clearChildren();
            step.handleFailure(visit, failure);
        }

        private void stopChildren() {
            if (source != null) {
                source.close();
            }
            for (Run run : new ArrayList<>(running.keySet())) {
                run.abortChild();
            }
        }

        /** The parent state or execution was stopped: the run is aborted with its children. */
        void abortedFromOutside() {
            if (done) {
                return;
            }
            done = true;
            stopChildren();
            record.end(ExecutionStatus.ABORTED, null, null);
            if (!parentRun.ended()) {
                parentRun.event("MapRunAborted", visit.fiber.lastEvent(), null, null, null, null, null);
            }
        }
    }
}
