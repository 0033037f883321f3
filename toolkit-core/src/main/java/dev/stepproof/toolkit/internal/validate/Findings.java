package dev.stepproof.toolkit.internal.validate;

import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.Severity;
import dev.stepproof.toolkit.internal.parse.LocatedDocument;

import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of one validation run, located in one document. */
final class Findings {
    private final LocatedDocument doc;
    private final List<Diagnostic> list = new ArrayList<>();

    Findings(LocatedDocument doc) {
        this.doc = doc;
    }

    void error(String code, String pointer, String message, String hint) {
        list.add(doc.diagnostic(code, Severity.ERROR, pointer, message, hint));
    }

    void warning(String code, String pointer, String message, String hint) {
        list.add(doc.diagnostic(code, Severity.WARNING, pointer, message, hint));
    }

    List<Diagnostic> list() {
        return List.copyOf(list);
    }
}
