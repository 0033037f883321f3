package dev.stepproof.toolkit.internal.intrinsics;

/**
 * What an intrinsic argument must be, and what a call returns. {@link #ANY} stands for "not known
 * before run time" (a path, or a function returning any JSON), which every parameter accepts.
 */
public enum ArgType {
    ANY("any JSON value"),
    STRING("a string"),
    NUMBER("a number"),
    INTEGER("an integer"),
    BOOLEAN("a boolean"),
    ARRAY("an array"),
    OBJECT("an object"),
    NULL("null");

    private final String description;

    ArgType(String description) {
        this.description = description;
    }

    /** @return e.g. {@code a string}, for messages */
    public String description() {
        return description;
    }

    /** @return whether a parameter of this type accepts an argument known to be of type {@code actual} */
    public boolean accepts(ArgType actual) {
        if (this == ANY || actual == ANY || this == actual) {
            return true;
        }
        return this == NUMBER && actual == INTEGER;
    }
}
