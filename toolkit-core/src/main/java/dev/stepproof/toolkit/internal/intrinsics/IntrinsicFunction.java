package dev.stepproof.toolkit.internal.intrinsics;

import java.util.List;
import java.util.Locale;

/** The 18 intrinsic functions AWS documents, with their signatures. */
public enum IntrinsicFunction {
    FORMAT("States.Format", ArgType.STRING, 1, Integer.MAX_VALUE, ArgType.ANY, ArgType.STRING),
    STRING_TO_JSON("States.StringToJson", ArgType.ANY, 1, 1, null, ArgType.STRING),
    JSON_TO_STRING("States.JsonToString", ArgType.STRING, 1, 1, null, ArgType.ANY),
    ARRAY("States.Array", ArgType.ARRAY, 0, Integer.MAX_VALUE, ArgType.ANY),
    ARRAY_PARTITION("States.ArrayPartition", ArgType.ARRAY, 2, 2, null, ArgType.ARRAY, ArgType.INTEGER),
    ARRAY_CONTAINS("States.ArrayContains", ArgType.BOOLEAN, 2, 2, null, ArgType.ARRAY, ArgType.ANY),
    ARRAY_RANGE("States.ArrayRange", ArgType.ARRAY, 3, 3, null, ArgType.INTEGER, ArgType.INTEGER, ArgType.INTEGER),
    ARRAY_GET_ITEM("States.ArrayGetItem", ArgType.ANY, 2, 2, null, ArgType.ARRAY, ArgType.INTEGER),
    ARRAY_LENGTH("States.ArrayLength", ArgType.INTEGER, 1, 1, null, ArgType.ARRAY),
    ARRAY_UNIQUE("States.ArrayUnique", ArgType.ARRAY, 1, 1, null, ArgType.ARRAY),
    BASE64_ENCODE("States.Base64Encode", ArgType.STRING, 1, 1, null, ArgType.STRING),
    BASE64_DECODE("States.Base64Decode", ArgType.STRING, 1, 1, null, ArgType.STRING),
    HASH("States.Hash", ArgType.STRING, 2, 2, null, ArgType.STRING, ArgType.STRING),
    JSON_MERGE("States.JsonMerge", ArgType.OBJECT, 3, 3, null, ArgType.OBJECT, ArgType.OBJECT, ArgType.BOOLEAN),
    MATH_RANDOM("States.MathRandom", ArgType.INTEGER, 2, 3, null, ArgType.NUMBER, ArgType.NUMBER, ArgType.NUMBER),
    MATH_ADD("States.MathAdd", ArgType.INTEGER, 2, 2, null, ArgType.NUMBER, ArgType.NUMBER),
    STRING_SPLIT("States.StringSplit", ArgType.ARRAY, 2, 2, null, ArgType.STRING, ArgType.STRING),
    UUID("States.UUID", ArgType.STRING, 0, 0, null);

    private final String functionName;
    private final ArgType returns;
    private final int minArgs;
    private final int maxArgs;
    private final ArgType rest;
    private final List<ArgType> parameters;

    IntrinsicFunction(String functionName, ArgType returns, int minArgs, int maxArgs, ArgType rest, ArgType... parameters) {
        this.functionName = functionName;
        this.returns = returns;
        this.minArgs = minArgs;
        this.maxArgs = maxArgs;
        this.rest = rest;
        this.parameters = List.of(parameters);
    }

    /** @return the name as written in definitions, e.g. {@code States.Format} */
    public String functionName() {
        return functionName;
    }

    public ArgType returns() {
        return returns;
    }

    public int minArgs() {
        return minArgs;
    }

    /** @return the maximum number of arguments, {@link Integer#MAX_VALUE} for variadic functions */
    public int maxArgs() {
        return maxArgs;
    }

    /** @return the type argument {@code index} (0-based) must have */
    public ArgType parameter(int index) {
        return index < parameters.size() ? parameters.get(index) : rest;
    }

    /** @return the function named exactly {@code name} (names are case-sensitive), or null */
    public static IntrinsicFunction forName(String name) {
        for (IntrinsicFunction f : values()) {
            if (f.functionName.equals(name)) {
                return f;
            }
        }
        return null;
    }

    /** @return the function whose name differs from {@code name} only in case, or null */
    static IntrinsicFunction nearMiss(String name) {
        for (IntrinsicFunction f : values()) {
            if (f.functionName.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        return null;
    }
}
