package dev.stepproof.toolkit.audit;

import dev.stepproof.toolkit.SourcePosition;

import java.util.Objects;

/**
 * Where a finding points: the file (artifact) as given to the auditor, an RFC 6901 JSON Pointer into that file,
 * the line and column of that node, and a logical path readers recognise.
 *
 * <p>For a definition embedded as a string ({@code DefinitionString}) the file position is that of the string;
 * {@code logicalPath} then names the place inside the definition, as cfn-lint does.
 *
 * @param source      the file or label the finding is in, never null
 * @param pointer     JSON Pointer into {@code source}, never null ({@code ""} is the whole document)
 * @param position    line and column in {@code source}, {@link SourcePosition#UNKNOWN} when not locatable
 * @param logicalPath e.g. {@code OrderFlow States.Charge.Retry[0]} or {@code OrderRole Policies[0].Statement[1]},
 *                    never null
 * @since 0.1.0
 */
public record FindingLocation(String source, String pointer, SourcePosition position, String logicalPath) {

    public FindingLocation {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(pointer, "pointer");
        position = Objects.requireNonNullElse(position, SourcePosition.UNKNOWN);
        logicalPath = Objects.requireNonNullElse(logicalPath, "");
    }
}
