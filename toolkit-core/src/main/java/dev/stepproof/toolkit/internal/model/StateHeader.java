package dev.stepproof.toolkit.internal.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.model.PathField;
import dev.stepproof.toolkit.model.QueryLanguage;
import dev.stepproof.toolkit.model.Transition;

/**
 * The fields most state types share, read once so each type's reader only adds its own. Types that lack
 * one of them (Fail has no paths, Choice no transition) simply do not pass it on.
 */
record StateHeader(String name, String pointer, String comment, QueryLanguage queryLanguage, Transition transition,
                   PathField inputPath, PathField outputPath, JsonNode assign, JsonNode output) {

    static StateHeader read(String name, JsonNode node, String pointer) {
        return new StateHeader(name, pointer, JsonFields.text(node, "Comment"), JsonFields.queryLanguage(node),
                JsonFields.transition(node), JsonFields.pathField(node, "InputPath"),
                JsonFields.pathField(node, "OutputPath"), JsonFields.json(node, "Assign"),
                JsonFields.json(node, "Output"));
    }
}
