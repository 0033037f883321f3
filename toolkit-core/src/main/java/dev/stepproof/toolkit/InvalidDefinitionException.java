package dev.stepproof.toolkit;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by the convenience readers ({@link DefinitionReader.ReadResult#orElseThrow()},
 * {@code StateMachine.read(…)}) when a definition has ERROR diagnostics. The message lists every one of
 * them, one per line, in the {@link Diagnostic#format()} form.
 *
 * @since 0.1.0
 */
public final class InvalidDefinitionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    public InvalidDefinitionException(String source, List<Diagnostic> diagnostics) {
        super("Invalid state machine definition " + source + ":\n" + diagnostics.stream()
                .filter(Diagnostic::isError).map(d -> "  " + d.format()).collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** @return all diagnostics of the definition, errors first as found; never null */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
