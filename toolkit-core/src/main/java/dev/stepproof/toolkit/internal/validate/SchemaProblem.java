package dev.stepproof.toolkit.internal.validate;

/**
 * The kinds of problem the ASL JSON Schema ({@code dev/stepproof/toolkit/schema/asl.schema.json}) reports,
 * each with its stable diagnostic code. All are {@link dev.stepproof.toolkit.Severity#ERROR}s: AWS rejects
 * such a definition with {@code SCHEMA_VALIDATION_FAILED}.
 *
 * @since 0.1.0
 */
public enum SchemaProblem {

    /** An object lacks a field that its kind requires (StartAt, States, Type, Resource, ErrorEquals, ...). */
    MISSING_FIELD("SP-S001"),

    /** A field this kind of object does not have, misspelled, or forbidden by the state's own QueryLanguage. */
    FIELD_NOT_ALLOWED("SP-S002"),

    /** A value of the wrong JSON type, including a plain string where a number or a JSONata expression goes. */
    WRONG_TYPE("SP-S003"),

    /** A value outside a fixed set (QueryLanguage, JitterStrategy, ProcessorConfig.Mode, InputType, ...). */
    NOT_IN_ENUM("SP-S004"),

    /** A number below the minimum or above the maximum of its field. */
    OUT_OF_RANGE("SP-S005"),

    /** An empty array where at least one item is needed (Branches, Choices, ErrorEquals, And, Or). */
    EMPTY_ARRAY("SP-S006"),

    /** A state whose Type is not one of the eight state types. */
    UNKNOWN_STATE_TYPE("SP-S007"),

    /** A literal Wait Timestamp that is not an RFC3339 date-time. */
    NOT_RFC3339("SP-S008"),

    /** Any other schema failure; the schema is written so that this should not occur. */
    OTHER("SP-S009");

    private final String code;

    SchemaProblem(String code) {
        this.code = code;
    }

    /** @return the stable diagnostic code, {@code SP-S…} */
    public String code() {
        return code;
    }
}
