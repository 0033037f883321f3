package dev.stepproof.toolkit.internal.audit.template;

import dev.stepproof.toolkit.SourcePosition;
import dev.stepproof.toolkit.audit.FindingLocation;
import dev.stepproof.toolkit.audit.Locator;
import dev.stepproof.toolkit.internal.audit.Locators;
import dev.stepproof.toolkit.internal.parse.LocatedDocument;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Locates nodes of a definition written as a YAML literal block ({@code DefinitionString: !Sub |}) on their own
 * lines of the template. A literal block keeps its lines, and Fn::Sub or DefinitionSubstitutions only change text
 * within a line, so line N of the definition is line N of the block; columns are shifted by the block's indent
 * (and may drift by the length of substituted values on that line). Anything else (a folded block, a JSON string,
 * Fn::Join fragments) is located at the string as a whole.
 */
final class BlockScalarLocator {

    private static final Pattern LITERAL_BLOCK = Pattern.compile(".*(:|-)\\s+(![A-Za-z:]+\\s+)?\\|[-+0-9]*\\s*(#.*)?");

    private BlockScalarLocator() {
    }

    /**
     * @param lines         the template's lines
     * @param template      the template's located tree
     * @param stringPointer pointer of the string holding the definition text
     * @param definition    the definition parsed from that text
     * @param label         logical path prefix (the state machine's logical id)
     * @return a line-accurate locator, or null when the string is not a literal block
     */
    static Locator of(List<String> lines, LocatedDocument template, String stringPointer, LocatedDocument definition,
                      String label) {
        SourcePosition at = template.positionOf(stringPointer);
        if (!at.isKnown() || at.line() > lines.size() || !LITERAL_BLOCK.matcher(lines.get(at.line() - 1)).matches()) {
            return null;
        }
        int first = at.line(); // 0-based index of the block's first line
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first >= lines.size()) {
            return null;
        }
        int indent = lines.get(first).length() - lines.get(first).stripLeading().length();
        int start = at.line() + 1;
        return pointer -> {
            SourcePosition inner = definition.positionOf(pointer);
            SourcePosition outer = inner.isKnown() ? new SourcePosition(start + inner.line() - 1, indent + inner.column()) : at;
            if (inner.isKnown() && outer.line() <= lines.size()) {
                outer = new SourcePosition(outer.line(), keyColumn(lines.get(outer.line() - 1), pointer, outer.column()));
            }
            return new FindingLocation(template.source(), stringPointer, outer, Locators.logical(label, pointer));
        };
    }

    /** Substitutions earlier on the line shift columns; a member's quoted key, found once on the line, does not move. */
    private static int keyColumn(String line, String pointer, int fallback) {
        String key = pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
        if (key.isEmpty() || key.chars().allMatch(Character::isDigit)) {
            return fallback;
        }
        String quoted = "\"" + key + "\"";
        int at = line.indexOf(quoted);
        return at >= 0 && line.indexOf(quoted, at + 1) < 0 ? at + 1 : fallback;
    }
}
