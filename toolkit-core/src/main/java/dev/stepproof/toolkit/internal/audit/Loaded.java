package dev.stepproof.toolkit.internal.audit;

import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.audit.AuditSubject;

import java.util.List;

/**
 * What reading one input produced.
 *
 * @param subjects   one per state machine that could be modelled
 * @param problems   inputs that could not be read at all
 * @param unanalysed state machines whose definition StepProof cannot see (e.g. in S3), with their names
 */
public record Loaded(List<AuditSubject> subjects, List<Diagnostic> problems, List<Unanalysed> unanalysed) {

    /** A state machine StepProof found but could not model. */
    public record Unanalysed(String machine, InputNotes.Coverage note) {
    }

    public Loaded {
        subjects = List.copyOf(subjects);
        problems = List.copyOf(problems);
        unanalysed = List.copyOf(unanalysed);
    }
}
