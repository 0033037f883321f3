package dev.stepproof.toolkit.internal.path;

/** What a path is evaluated against, chosen by how it starts. */
public enum RootKind {
    /** {@code $…}: the state input (or whatever document the caller evaluates against). */
    INPUT,
    /** {@code $$…}: the context object. */
    CONTEXT,
    /** {@code $name…}: the value of a workflow variable. */
    VARIABLE,
    /** {@code @…}: the current item; only inside filters. */
    CURRENT
}
