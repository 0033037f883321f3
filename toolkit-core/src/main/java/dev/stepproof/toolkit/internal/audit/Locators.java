package dev.stepproof.toolkit.internal.audit;

import dev.stepproof.toolkit.SourcePosition;
import dev.stepproof.toolkit.audit.FindingLocation;
import dev.stepproof.toolkit.audit.Locator;
import dev.stepproof.toolkit.internal.parse.LocatedDocument;

/** Ways to map a document's pointers to the user's file. */
public final class Locators {

    private Locators() {
    }

    /**
     * @param doc    the file's located tree
     * @param prefix where the document sits in the file ({@code ""} when the document is the file)
     * @param label  what to put before the logical path, e.g. the template's logical id; may be empty
     * @return a locator into {@code doc}
     */
    public static Locator in(LocatedDocument doc, String prefix, String label) {
        return pointer -> new FindingLocation(doc.source(), prefix + pointer, doc.positionOf(prefix + pointer),
                logical(label, pointer));
    }

    /**
     * For a document that was a string inside the file ({@code DefinitionString}): every pointer maps to the
     * string, and the logical path says where inside it.
     */
    public static Locator atString(LocatedDocument file, String stringPointer, String label) {
        SourcePosition position = file.positionOf(stringPointer);
        return pointer -> new FindingLocation(file.source(), stringPointer, position,
                logical(label, pointer) + (pointer.isEmpty() ? "" : " (inside DefinitionString)"));
    }

    /** {@code /States/A/Retry/0} → {@code label States.A.Retry[0]} */
    public static String logical(String label, String pointer) {
        StringBuilder sb = new StringBuilder();
        for (String token : pointer.split("/")) {
            if (token.isEmpty()) {
                continue;
            }
            String t = token.replace("~1", "/").replace("~0", "~");
            if (t.chars().allMatch(Character::isDigit)) {
                sb.append('[').append(t).append(']');
            } else {
                sb.append(sb.length() == 0 ? "" : ".").append(t);
            }
        }
        String path = sb.toString();
        return label.isEmpty() ? path : path.isEmpty() ? label : label + " " + path;
    }
}
