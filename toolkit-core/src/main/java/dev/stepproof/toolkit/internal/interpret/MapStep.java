package dev.stepproof.toolkit.internal.interpret;

import dev.stepproof.toolkit.internal.text.JsonText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepproof.toolkit.internal.dataflow.ReferenceValue;
import dev.stepproof.toolkit.internal.dataflow.StatesError;
import dev.stepproof.toolkit.internal.jsonata.JsonataError;
import dev.stepproof.toolkit.model.MapState;
import dev.stepproof.toolkit.model.ProcessorConfig;

/**
 * Map: one iteration per item of ItemsPath (JSONata: Items, default the input), at most MaxConcurrency at a
 * time (0: all at once), each item shaped by ItemSelector; the result is the array of iteration outputs in item
 * order. Iterations run in child variable scopes. A distributed Map runs its items as child executions instead
 * ({@link DistributedMap}), which cannot read the parent's variables.
 */
final class MapStep extends WorkStep {
    private final ReferenceValue itemsPath;
    private final String itemsPathText;
    private final Flow.Template itemSelector;
    private final Long maxConcurrency;
    private final ReferenceValue maxConcurrencyPath;
    private final JsonataItems jsonataItems;
    private final ToleratedFailures tolerated;
    private final CompiledWorkflow processor;
    private final boolean distributed;
    private final DistributedMap distributedMap;

    MapStep(MapState s, CompiledWorkflow processor, boolean jsonata) {
        super(s, "Map", Io.of(jsonata, s.inputPath(), s.resultSelector(), s.resultPath(), s.outputPath(), s.assign(),
                s.output()));
        this.itemsPathText = s.itemsPath() == null ? "$" : s.itemsPath();
        this.itemsPath = "$".equals(itemsPathText) ? null : Flow.reference(itemsPathText, "ItemsPath");
        this.itemSelector = jsonata ? null : Flow.template(s.effectiveItemSelector());
        this.maxConcurrency = s.maxConcurrency() == null || s.maxConcurrency().asLong().isEmpty() ? null
                : s.maxConcurrency().asLong().getAsLong();
        this.maxConcurrencyPath = Flow.reference(s.maxConcurrencyPath(), "MaxConcurrencyPath");
        this.jsonataItems = jsonata ? new JsonataItems(s) : null;
        this.tolerated = new ToleratedFailures(s, jsonata);
        this.processor = processor;
        this.distributed = s.mode() == ProcessorConfig.Mode.DISTRIBUTED;
        this.distributedMap = distributed ? new DistributedMap(this, s, processor, jsonata) : null;
    }

    @Override
    void attempt(Visit v) {
        if (jsonataItems != null) {
            attemptJsonata(v);
            return;
        }
        JsonNode input = Flow.select(inputPath, v.rawInput, v.input(v.rawInput), "InputPath");
        if (distributedMap != null) {
            // With an ItemReader the reader gives the items and ItemsPath is not applied (AWS-REC: an ItemsPath into
            // the state input left the reader's items unchanged); decisions.md D20.
            JsonNode items = distributedMap.readsItems() ? null : items(v, input);
            long limit = concurrency(v, input);
            ToleratedFailures.Thresholds thresholds = tolerated.check(v, input);
            distributedMap.start(v, input, () -> items, limit, thresholds);
            return;
        }
        JsonNode items = items(v, input);
        long limit = concurrency(v, input);
        tolerated.check(v, input);
        start(v, input, items, limit);
    }

    private JsonNode items(Visit v, JsonNode input) {
        JsonNode items = itemsPath == null ? input : itemsPath.resolve(v.input(input));
        if (!items.isArray()) {
            throw StatesError.runtime("Reference path \"" + itemsPathText + "\" must point to array.");
        }
        return items;
    }

    /** @return {@code item} shaped by the ItemSelector ({@code $$.Map.Item} set while it is evaluated) */
    JsonNode selectItem(Visit visit, JsonNode input, int index, JsonNode item) {
        if (itemSelector == null && (jsonataItems == null || !jsonataItems.selects())) {
            return item;
        }
        visit.mapItem(index, item);
        try {
            return itemSelector != null ? Flow.apply(itemSelector, visit.input(input)) : jsonataItems.select(visit);
        } finally {
            visit.mapItem(-1, null);
        }
    }

    /**
     * @return whether the Map's result can never be seen (JSONPath {@code "ResultPath": null} with no ResultSelector
     *         or Assign), so a distributed Map need not keep its children's outputs
     */
    boolean discardsResult() {
        return jsonata == null && resultPath != null && resultPath.compiled().discardsResult() && resultSelector == null
                && assign == null;
    }

    /** Items, MaxConcurrency and the tolerated failures; AWS closes the state with MapStateFailed when one fails. */
    private void attemptJsonata(Visit v) {
        JsonNode items;
        long limit;
        ToleratedFailures.Thresholds thresholds;
        try {
            items = distributedMap != null && distributedMap.readsItems() ? null : jsonataItems.items(v);
            limit = jsonataItems.maxConcurrency(v, maxConcurrency);
            thresholds = tolerated.check(v, v.rawInput);
        } catch (JsonataError e) {
            StatesError failure = v.evaluationFailed(e);
            v.fiber.event("MapStateFailed", null, null, null, null, null);
            v.fail(failure);
            return;
        }
        if (distributedMap != null) {
            distributedMap.start(v, v.rawInput, () -> items, limit, thresholds);
            return;
        }
        start(v, v.rawInput, items, limit);
    }

    private void start(Visit v, JsonNode input, JsonNode items, long limit) {
        ObjectNode length = Json.NODES.objectNode().put("length", items.size());
        long started = v.fiber.event("MapStateStarted", null, null, null, null, length);
        Join join = new Join(v, input, items, limit <= 0 ? Integer.MAX_VALUE : limit, started);
        v.clearChildren();
        join.launch();
    }

    private long concurrency(Visit v, JsonNode input) {
        if (maxConcurrencyPath == null) {
            return maxConcurrency == null ? 0 : maxConcurrency;
        }
        JsonNode value = maxConcurrencyPath.resolve(v.input(input));
        String path = ((MapState) model).maxConcurrencyPath();
        try {
            long n = value.isTextual() ? Long.parseLong(value.textValue().trim()) : value.canConvertToExactIntegral() ? value.asLong() : -1;
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            String shown = value.isTextual() ? value.textValue() : JsonText.compact(value);
            throw StatesError.runtime("The MaxConcurrencyPath field refers to value \"" + shown
                    + "\" which is not a valid integer: " + path);
        }
    }

    /** Starts iterations as slots free up and gathers their outputs in item order. */
    private final class Join implements Fiber.Listener {
        private final Visit visit;
        private final JsonNode input;
        private final JsonNode items;
        private final long limit;
        private final JsonNode[] outputs;
        private final Fiber[] running;
        private int nextIndex;
        private int active;
        private int remaining;
        private long chain;
        private boolean done;

        Join(Visit visit, JsonNode input, JsonNode items, long limit, long started) {
            this.visit = visit;
            this.input = input;
            this.items = items;
            this.limit = limit;
            this.outputs = new JsonNode[items.size()];
            this.running = new Fiber[items.size()];
            this.remaining = items.size();
            this.chain = started;
        }

        void launch() {
            if (remaining == 0) {
                finish();
                return;
            }
            while (!done && active < limit && nextIndex < items.size()) {
                start(nextIndex++);
            }
        }

        private void start(int index) {
            JsonNode iterationInput = selectItem(visit, input, index, items.get(index));
            Fiber parent = visit.fiber;
            long startedEvent = parent.run.event("MapIterationStarted", chain, name, null, null, null, indexDetails(index));
            Variables scope = new Variables(parent.variables);
            Fiber child = new Fiber(parent.run, processor, scope, this, startedEvent);
            child.index = index;
            running[index] = child;
            visit.addChild(child);
            active++;
            child.start(iterationInput);
        }

        private ObjectNode indexDetails(int index) {
            return Json.NODES.objectNode().put("index", index);
        }

        @Override
        public void succeeded(Fiber fiber, JsonNode output) {
            if (done) {
                return;
            }
            outputs[fiber.index] = output;
            running[fiber.index] = null;
            fiber.run.event("MapIterationSucceeded", fiber.lastEvent(), name, null, null, null, indexDetails(fiber.index));
            chain = fiber.lastEvent();
            active--;
            if (--remaining == 0) {
                finish();
            } else {
                visit.runGuarded(this::launch);
            }
        }

        private void finish() {
            done = true;
            ArrayNode result = Json.array(outputs);
            Fiber parent = visit.fiber;
            long last = items.size() == 0 ? parent.lastEvent() : chain;
            parent.run.event("MapStateSucceeded", last, null, null, null, null, null);
            parent.setLastEvent(last);
            visit.clearChildren();
            completed(visit, result);
        }

        @Override
        public void failed(Fiber fiber, Failure failure) {
            if (done) {
                return;
            }
            done = true;
            Fiber parent = visit.fiber;
            running[fiber.index] = null;
            long failedEvent = parent.run.event("MapIterationFailed", fiber.lastEvent(), name, null, null, null,
                    indexDetails(fiber.index));
            for (Fiber other : running) {
                if (other != null) {
                    other.abort();
                    parent.run.event("MapIterationAborted", other.lastEvent(), name, null, null, null, indexDetails(other.index));
                }
            }
            parent.setLastEvent(failedEvent);
            parent.event("MapStateFailed", null, null, null, null, null);
            visit.clearChildren();
            handleFailure(visit, failure);
        }
    }
}
