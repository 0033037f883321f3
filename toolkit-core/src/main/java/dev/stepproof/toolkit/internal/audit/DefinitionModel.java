package dev.stepproof.toolkit.internal.audit;

import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.internal.model.ModelBuilder;
import dev.stepproof.toolkit.internal.parse.LocatedDocument;
import dev.stepproof.toolkit.internal.validate.DefinitionValidator;
import dev.stepproof.toolkit.model.StateMachine;

import java.util.List;

/**
 * Validates a definition and builds its model even when the validator objects: the audit should still look at a
 * definition with a typo, and template placeholders ({@code ${Fn.Arn}} where an ARN is expected) are not the
 * user's mistake. Diagnostics at nodes holding a placeholder are dropped for that reason.
 */
public final class DefinitionModel {

    /** @param machine the model, or null when the tree is not a state machine at all */
    public record Built(StateMachine machine, List<Diagnostic> diagnostics) {
    }

    private DefinitionModel() {
    }

    /** @return the model and the validator's diagnostics */
    public static Built build(LocatedDocument doc, boolean express) {
        List<Diagnostic> diagnostics = DefinitionValidator.standard().validate(doc, express).stream()
                .filter(d -> !holdsPlaceholder(doc, d.pointer()))
                .toList();
        if (!doc.root().isObject()) {
            return new Built(null, diagnostics);
        }
        try {
            return new Built(ModelBuilder.build(doc), diagnostics);
        } catch (RuntimeException malformed) {
            return new Built(null, diagnostics);
        }
    }

    private static boolean holdsPlaceholder(LocatedDocument doc, String pointer) {
        String text = doc.root().at(pointer).toString();
        return text.contains("${");
    }
}
