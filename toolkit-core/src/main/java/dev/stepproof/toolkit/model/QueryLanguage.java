package dev.stepproof.toolkit.model;

import java.util.Optional;

/**
 * The expression language of a state machine or state. A {@code null} query language in the model means
 * "not set here": a state inherits the machine's, and the machine defaults to {@link #JSONPATH}.
 *
 * @since 0.1.0
 */
public enum QueryLanguage {
    /** {@code "JSONPath"}: paths, payload templates with {@code .$} keys and intrinsic functions. */
    JSONPATH("JSONPath"),
    /** {@code "JSONata"}: {@code {% ... %}} expressions, {@code Arguments} and {@code Output}. */
    JSONATA("JSONata");

    private final String aslName;

    QueryLanguage(String aslName) {
        this.aslName = aslName;
    }

    /** @return the spelling used in definitions, e.g. {@code "JSONata"} */
    public String aslName() {
        return aslName;
    }

    /**
     * @param aslName the value of a {@code QueryLanguage} field, may be null
     * @return the matching constant (exact, case-sensitive match, as AWS does), or empty
     */
    public static Optional<QueryLanguage> fromAslName(String aslName) {
        for (QueryLanguage language : values()) {
            if (language.aslName.equals(aslName)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
