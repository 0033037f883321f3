package dev.stepproof.toolkit.internal.audit;

import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.audit.FindingLocation;

import java.util.List;

/**
 * What reading an input noticed about one state machine, attached to its subject for the ASL rules.
 *
 * @param validator the definition validator's diagnostics (placeholders for template values left out)
 * @param coverage  parts StepProof could not analyse, each with where it is
 */
public record InputNotes(List<Diagnostic> validator, List<Coverage> coverage) {

    /** One part that was not analysed, and why. */
    public record Coverage(FindingLocation location, String what) {
    }

    public InputNotes {
        validator = List.copyOf(validator);
        coverage = List.copyOf(coverage);
    }
}
