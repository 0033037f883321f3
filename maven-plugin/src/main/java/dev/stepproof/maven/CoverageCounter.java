package dev.stepproof.maven;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a coverage limit can count, with its key in {@code coverage.json} and its name in messages. */
enum CoverageCounter {
    STATES("states", "states"),
    TRANSITIONS("transitions", "transitions"),
    CHOICE_RULES("choiceRules", "choice rules"),
    RETRIERS("retriers", "retriers"),
    CATCHERS("catchers", "catchers"),
    BRANCHES("branches", "branches");

    private final String jsonName;
    private final String label;

    CoverageCounter(String jsonName, String label) {
        this.jsonName = jsonName;
        this.label = label;
    }

    /** @return the key of this counter in a machine object of {@code coverage.json}, e.g. {@code choiceRules} */
    String jsonName() {
        return jsonName;
    }

    /** @return the counter as messages say it, e.g. {@code choice rules} */
    String label() {
        return label;
    }

    /** @return the counter named {@code name} as configured ({@code CHOICE_RULES}, case and spaces ignored) */
    static Optional<CoverageCounter> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(c -> c.name().equals(key)).findFirst();
    }

    /** @return every counter's name, for messages: {@code STATES, TRANSITIONS, …} */
    static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
