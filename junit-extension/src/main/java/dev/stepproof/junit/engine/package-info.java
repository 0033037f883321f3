/**
 * The StepProof JUnit Platform test engine, {@code stepproof}: scenario files and Step Functions Local
 * MockConfigFiles run as tests. Only {@link dev.stepproof.junit.engine.StepProofTestEngine} (for ServiceLoader) and
 * {@link dev.stepproof.junit.engine.Constants} (its configuration keys) are public; everything else is package-private
 * and may change in any release.
 *
 * <p>Layout by phase: discovery ({@code DiscoverySelectorResolver}, {@code TestFileResolver}, {@code UniqueIdResolver},
 * {@code ScenarioSuiteResolver} for {@link dev.stepproof.junit.StepProofScenarios} classes, {@code ScenarioFileReader},
 * {@code MockConfigFileReader}), descriptors ({@code StepProofEngineDescriptor}, {@code SuiteDescriptor},
 * {@code FileDescriptor}, {@code CaseDescriptor}) and execution ({@code ExecutionContext}, {@code ScenarioCase},
 * {@code MockConfigCase}). The engine keeps no static mutable state.
 *
 * @since 0.1.0
 */
package dev.stepproof.junit.engine;
