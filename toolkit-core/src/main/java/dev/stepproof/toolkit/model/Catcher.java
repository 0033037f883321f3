package dev.stepproof.toolkit.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a {@code Catch} array. JSONPath catchers use {@code resultPath}; JSONata catchers use
 * {@code output}; both may {@code Assign}. See the package documentation for absent-versus-null.
 *
 * @param errorEquals error names to match, in order; never null
 * @param next        {@code Next}, or null
 * @param resultPath  {@code ResultPath} (JSONPath), never null
 * @param assign      {@code Assign}, or null
 * @param output      {@code Output} (JSONata), or null
 * @param comment     {@code Comment}, or null
 * @since 0.1.0
 */
public record Catcher(List<String> errorEquals, String next, PathField resultPath, JsonNode assign,
                      JsonNode output, String comment) {

    public Catcher {
        errorEquals = ModelCopies.list(errorEquals);
        resultPath = Objects.requireNonNullElse(resultPath, PathField.ABSENT);
        assign = ModelCopies.json(assign);
        output = ModelCopies.json(output);
    }
}
