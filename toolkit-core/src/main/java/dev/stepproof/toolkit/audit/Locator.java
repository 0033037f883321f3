package dev.stepproof.toolkit.audit;

/**
 * Turns a JSON Pointer inside one document (a definition, a policy) into a {@link FindingLocation} in the file
 * the user edits, which may be a template that embeds the document.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Locator {

    /**
     * @param pointer RFC 6901 pointer relative to the document, never null
     * @return where that node is (its nearest located ancestor when the node does not exist), never null
     */
    FindingLocation locate(String pointer);
}
