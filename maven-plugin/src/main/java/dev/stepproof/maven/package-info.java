/**
 * The StepProof Maven plugin ({@code stepproof:}): thin goals over {@code stepproof-core}.
 * <ul>
 *   <li>{@link dev.stepproof.maven.ValidateMojo validate}: validates definitions;</li>
 *   <li>{@link dev.stepproof.maven.ScenariosMojo scenarios}: runs scenario files and writes Surefire XML reports;</li>
 *   <li>{@link dev.stepproof.maven.CoverageCheckMojo coverage-check}: enforces workflow coverage minimums from
 *       {@code coverage.json};</li>
 *   <li>{@link dev.stepproof.maven.ReportMojo report}: writes an HTML page of coverage (with diagrams) and scenario
 *       results;</li>
 *   <li>{@link dev.stepproof.maven.RunMojo run}: executes one definition from the command line.</li>
 * </ul>
 * Every goal extends {@link dev.stepproof.maven.AbstractStepProofMojo}: {@code stepproof.skip}, findings as
 * {@code MojoFailureException}, unexpected problems as {@code MojoExecutionException}, each finding logged and one
 * summary line. The plugin's own messages are coded {@code SP-P…} ({@code PluginDiagnostics}); everything else
 * here is package-private except the Mojos and the {@code coverage-check} configuration types
 * ({@link dev.stepproof.maven.CoverageRule}, {@link dev.stepproof.maven.CoverageLimit}), which Maven instantiates.
 *
 * @since 0.1.0
 */
package dev.stepproof.maven;
