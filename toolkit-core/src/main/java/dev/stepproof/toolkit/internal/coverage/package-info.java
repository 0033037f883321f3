/**
 * The workings behind {@code dev.stepproof.toolkit.coverage}: the universe read from a definition, the hits read
 * from an execution's decisions and history, the definition hash, the {@code coverage.json} codec, the file lock
 * and the SVG diagram. May change without notice.
 */
package dev.stepproof.toolkit.internal.coverage;
