package dev.stepproof.junit;

import dev.stepproof.toolkit.DefinitionReader;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a test's state machine definition comes from. The factories cover ASL files, classpath resources and
 * inline text; implement it to read definitions from elsewhere, e.g. from a CloudFormation or SAM template by
 * logical id, or from a CDK synth output (a {@code cloudFormation(template, logicalId)} factory is planned).
 *
 * <pre>{@code
 * harness.withDefinition(DefinitionSource.classpath("statemachines/order.asl.json"));
 * harness.withDefinition(reader -> reader.read(extractFromMyTemplate(), "template.yaml#OrderMachine"));
 * }</pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface DefinitionSource {

    /**
     * Reads the definition. Report problems as diagnostics in the result rather than by throwing, so that
     * tests show them located in the user's file.
     *
     * @param reader StepProof's reader, configured by the harness; never null
     * @return the read result, valid or not; never null
     * @since 0.1.0
     */
    DefinitionReader.ReadResult read(DefinitionReader reader);

    /**
     * @param name a classpath resource such as {@code statemachines/order.asl.json} (JSON or YAML); never null
     * @return a source reading that resource through the context class loader
     * @since 0.1.0
     */
    static DefinitionSource classpath(String name) {
        Objects.requireNonNull(name, "name must not be null");
        return reader -> reader.readResource(name);
    }

    /**
     * @param file an ASL file ({@code .json}, {@code .yaml} or {@code .yml}); never null
     * @return a source reading that file
     * @since 0.1.0
     */
    static DefinitionSource file(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        return reader -> reader.read(file);
    }

    /**
     * @param asl the definition itself, JSON or YAML; never null
     * @return a source reading that text, labelled {@code <inline>} in diagnostics
     * @since 0.1.0
     */
    static DefinitionSource text(String asl) {
        Objects.requireNonNull(asl, "asl must not be null");
        return reader -> reader.read(asl, "<inline>");
    }
}
