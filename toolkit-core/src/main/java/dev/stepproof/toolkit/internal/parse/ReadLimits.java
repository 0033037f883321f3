package dev.stepproof.toolkit.internal.parse;

/**
 * Hardening limits for reading untrusted definition text.
 *
 * @param maxBytes       largest accepted input; AWS accepts definitions up to 1 MiB
 * @param maxDepth       deepest nesting of objects and arrays
 * @param maxNodes       most JSON nodes after YAML alias expansion
 * @param maxYamlAliases most aliases to collections SnakeYAML will accept
 */
public record ReadLimits(int maxBytes, int maxDepth, long maxNodes, int maxYamlAliases) {

    /** AWS's definition size quota (1,048,576 characters). */
    public static final int AWS_MAX_DEFINITION_BYTES = 1_048_576;

    public static ReadLimits defaults() {
        return new ReadLimits(AWS_MAX_DEFINITION_BYTES, 256, 1_000_000, 100);
    }

    /** @return these limits with a different size cap (templates are larger than definitions) */
    public ReadLimits withMaxBytes(int bytes) {
        return new ReadLimits(bytes, maxDepth, maxNodes, maxYamlAliases);
    }
}
