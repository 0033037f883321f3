package dev.stepproof.toolkit.coverage;

import dev.stepproof.toolkit.internal.coverage.SvgDiagram;
import dev.stepproof.toolkit.model.StateMachine;

import java.util.Objects;

/**
 * Draws a state machine as a standalone SVG document with what a coverage reached highlighted: a layered
 * layout from {@code StartAt} downwards, one box per state (green with its hit count when entered, grey when
 * not), one arrow per transition (solid green when taken, dashed grey when not; Choice rules and catchers
 * labelled), dotted arrows from Parallel and Map states into their branches, and a ring under each state that
 * ends its workflow. Boxes carry {@code data-state}, arrows {@code data-edge} (the coverage item key), so tools
 * can find them.
 *
 * <pre>{@code
 * String svg = CoverageDiagram.svg(machine, WorkflowCoverage.of("order", machine).record(execution).snapshot());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CoverageDiagram {

    private CoverageDiagram() {
    }

    /**
     * @param machine  the definition to draw, never null
     * @param coverage the coverage of that machine (one execution's, or many), never null
     * @return the SVG text; the same inputs always give the same text
     */
    public static String svg(StateMachine machine, MachineCoverage coverage) {
        return SvgDiagram.render(Objects.requireNonNull(machine, "machine"), Objects.requireNonNull(coverage, "coverage"));
    }
}
