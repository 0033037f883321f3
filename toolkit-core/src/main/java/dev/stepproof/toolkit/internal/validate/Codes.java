package dev.stepproof.toolkit.internal.validate;

/**
 * Stable codes of the semantic checks ({@code SP-V…}). Codes are never reused; {@code docs/diagnostics.md}
 * lists them with examples.
 */
public final class Codes {
    public static final String NOT_AN_OBJECT = "SP-V001";
    public static final String START_AT_UNKNOWN = "SP-V002";
    public static final String TARGET_UNKNOWN = "SP-V003";
    public static final String TARGET_OUTSIDE_SCOPE = "SP-V004";
    public static final String DUPLICATE_STATE_NAME = "SP-V005";
    public static final String STATE_NAME_INVALID = "SP-V006";
    public static final String UNREACHABLE_STATE = "SP-V007";
    public static final String NO_TERMINAL_STATE = "SP-V008";
    public static final String NEXT_END = "SP-V009";
    public static final String STATES_ALL_POSITION = "SP-V010";
    public static final String MUTUALLY_EXCLUSIVE = "SP-V011";
    public static final String WAIT_DURATION = "SP-V012";
    public static final String CHOICE_RULE = "SP-V013";
    public static final String INVALID_PATH = "SP-V014";
    public static final String INVALID_REFERENCE_PATH = "SP-V015";
    public static final String INVALID_PAYLOAD_EXPRESSION = "SP-V016";
    public static final String DUPLICATE_TEMPLATE_FIELD = "SP-V017";
    public static final String FIELD_WRONG_QUERY_LANGUAGE = "SP-V018";
    public static final String QUERY_LANGUAGE_CONFLICT = "SP-V019";
    public static final String INVALID_JSONATA = "SP-V020";
    public static final String INVALID_RESOURCE = "SP-V021";
    public static final String UNKNOWN_INTEGRATION = "SP-V022";
    public static final String HEARTBEAT_NOT_BELOW_TIMEOUT = "SP-V023";
    public static final String PATTERN_NOT_IN_EXPRESS = "SP-V024";
    public static final String DISTRIBUTED_ONLY_FIELD = "SP-V025";
    public static final String INVALID_VARIABLE_NAME = "SP-V026";
    public static final String INVALID_TIMESTAMP = "SP-V027";
    public static final String UNKNOWN_SERVICE_INTEGRATION = "SP-V028";
    public static final String LABEL_INVALID = "SP-V029";
    public static final String DISTRIBUTED_IO = "SP-V030";

    private Codes() {
    }
}
