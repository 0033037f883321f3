package dev.stepproof.toolkit.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Objects;

/**
 * A {@code Map} state: runs its item processor once per item. Both the current names and the legacy ones
 * ({@code Iterator}, {@code Parameters}) are kept as written; {@link #processor()} and
 * {@link #effectiveItemSelector()} resolve them. Absent values are null, see the package documentation.
 *
 * @param itemProcessor {@code ItemProcessor}, or null
 * @param iterator      legacy {@code Iterator}, or null
 * @param itemsPath     {@code ItemsPath} (JSONPath; absent means {@code "$"}), or null
 * @param items         {@code Items} (JSONata: array or expression), or null
 * @param parameters    legacy {@code Parameters}: same meaning as {@code ItemSelector}; or null
 * @param label         {@code Label} (distributed), or null
 * @since 0.1.0
 */
public record MapState(String name, String pointer, String comment, QueryLanguage queryLanguage,
                       Transition transition, PathField inputPath, PathField outputPath,
                       ItemProcessor itemProcessor, ItemProcessor iterator, String itemsPath, JsonNode items,
                       JsonNode itemSelector, JsonNode parameters,
                       NumberOrExpression maxConcurrency, String maxConcurrencyPath,
                       NumberOrExpression toleratedFailureCount, String toleratedFailureCountPath,
                       NumberOrExpression toleratedFailurePercentage, String toleratedFailurePercentagePath,
                       ItemReader itemReader, ItemBatcher itemBatcher, ResultWriter resultWriter, String label,
                       JsonNode resultSelector, PathField resultPath, JsonNode assign, JsonNode output,
                       List<Retrier> retriers, List<Catcher> catchers) implements State {

    public MapState {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pointer, "pointer");
        transition = Objects.requireNonNullElse(transition, Transition.NONE);
        inputPath = Objects.requireNonNullElse(inputPath, PathField.ABSENT);
        outputPath = Objects.requireNonNullElse(outputPath, PathField.ABSENT);
        resultPath = Objects.requireNonNullElse(resultPath, PathField.ABSENT);
        items = ModelCopies.json(items);
        itemSelector = ModelCopies.json(itemSelector);
        parameters = ModelCopies.json(parameters);
        resultSelector = ModelCopies.json(resultSelector);
        assign = ModelCopies.json(assign);
        output = ModelCopies.json(output);
        retriers = ModelCopies.list(retriers);
        catchers = ModelCopies.list(catchers);
    }

    /**
     * @return {@code ItemProcessor}, else the legacy {@code Iterator}, else null. A definition with both (which
     *         AWS rejects) yields the {@code ItemProcessor}; {@link #nestedWorkflows()} and
     *         {@link StateMachine#allStates()} then skip the {@code Iterator}'s states.
     */
    public ItemProcessor processor() {
        return itemProcessor != null ? itemProcessor : iterator;
    }

    /** @return the processing mode of {@link #processor()}, INLINE when not configured */
    public ProcessorConfig.Mode mode() {
        ItemProcessor processor = processor();
        return processor == null ? ProcessorConfig.Mode.INLINE : processor.mode();
    }

    /** @return {@code ItemSelector}, else the legacy {@code Parameters}, else null (each item is used as is) */
    public JsonNode effectiveItemSelector() {
        return itemSelector != null ? itemSelector : parameters;
    }

    @Override
    public StateType type() {
        return StateType.MAP;
    }

    @Override
    public List<Workflow> nestedWorkflows() {
        ItemProcessor processor = processor();
        return processor == null ? List.of() : List.of(processor.workflow());
    }

    @Override
    public <R> R accept(StateVisitor<R> visitor) {
        return visitor.visitMap(this);
    }
}
