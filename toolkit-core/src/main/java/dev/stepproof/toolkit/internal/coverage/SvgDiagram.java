package dev.stepproof.toolkit.internal.coverage;

import dev.stepproof.toolkit.coverage.CoverageMetric;
import dev.stepproof.toolkit.coverage.MachineCoverage;
import dev.stepproof.toolkit.model.StateMachine;

import java.util.Locale;

/**
 * Draws a state machine as SVG with what a coverage reached highlighted: boxes per state (green when entered,
 * grey when not, with the hit count), arrows per transition (solid green when taken, dashed grey when not),
 * dotted arrows from Parallel and Map states into their branches, a dot under each state that ends its workflow.
 */
public final class SvgDiagram {

    private static final String HIT = "#2e7d32";
    private static final String MISS = "#9e9e9e";
    private static final String HIT_FILL = "#e3f4e1";
    private static final String MISS_FILL = "#f5f5f5";

    private final DiagramGraph graph;
    private final DiagramLayout layout;
    private final MachineCoverage coverage;
    private final StringBuilder svg = new StringBuilder();
    private int backEdges;

    private SvgDiagram(StateMachine machine, MachineCoverage coverage) {
        this.graph = DiagramGraph.of(machine);
        this.layout = new DiagramLayout(graph);
        this.coverage = coverage;
    }

    /** @return a standalone SVG document; deterministic for the same machine and coverage */
    public static String render(StateMachine machine, MachineCoverage coverage) {
        return new SvgDiagram(machine, coverage).render();
    }

    private String render() {
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"13\">%n", layout.width, layout.height, layout.width, layout.height));
        svg.append("<title>").append(escape(coverage.name())).append("</title>\n");
        svg.append("<defs>").append(marker("arrow-hit", HIT)).append(marker("arrow-miss", MISS)).append("</defs>\n");
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", layout.width, layout.height));
        start();
        graph.edges.forEach(this::edge);
        graph.ending.forEach(this::end);
        layout.boxes.values().stream()
                .sorted(java.util.Comparator.comparingInt((DiagramLayout.Box b) -> b.layer()).thenComparingDouble(DiagramLayout.Box::x))
                .forEach(this::box);
        return svg.append("</svg>\n").toString();
    }

    private static String marker(String id, String color) {
        return "<marker id=\"" + id + "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" "
                + "orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"" + color + "\"/></marker>";
    }

    private boolean entered(String state) {
        return coverage.metric(CoverageMetric.STATES).hits(state) > 0;
    }

    private void start() {
        DiagramLayout.Box first = graph.startAt == null ? null : layout.boxes.get(graph.startAt);
        if (first == null) {
            return;
        }
        double x = first.centerX(layout.boxWidth);
        boolean hit = entered(graph.startAt);
        svg.append(String.format(Locale.ROOT, "<circle class=\"start\" cx=\"%.1f\" cy=\"%.1f\" r=\"7\" fill=\"%s\"/>%n", x, first.y() - 40, hit ? HIT : MISS));
        line(x, first.y() - 33, x, first.y(), hit, false);
    }

    private void edge(DiagramGraph.Edge edge) {
        DiagramLayout.Box from = layout.boxes.get(edge.from());
        DiagramLayout.Box to = layout.boxes.get(edge.to());
        if (from == null || to == null) {
            return;
        }
        CoverageMetric metric = edge.kind() == DiagramGraph.EdgeKind.CONTAINS ? CoverageMetric.BRANCHES : CoverageMetric.TRANSITIONS;
        boolean hit = coverage.metric(metric).hits(edge.coverageKey()) > 0;
        String attributes = String.format(Locale.ROOT, " class=\"edge %s\" data-edge=\"%s\"", hit ? "hit" : "miss", escape(edge.coverageKey()));
        double labelX;
        double labelY;
        if (to.layer() > from.layer()) {
            double x1 = from.centerX(layout.boxWidth);
            double y1 = from.y() + DiagramLayout.BOX_HEIGHT;
            double x2 = to.centerX(layout.boxWidth);
            svg.append(String.format(Locale.ROOT, "<path%s d=\"M%.1f,%.1f L%.1f,%.1f\"%s/>%n", attributes, x1, y1, x2, to.y(),
                    stroke(hit, edge.kind())));
            labelX = (x1 + x2) / 2 + 4;
            labelY = (y1 + to.y()) / 2;
        } else {
            // Back and same-layer edges bow out to the right, each a little further, so they do not overlap boxes.
            double bow = 30 + 12 * backEdges++;
            double x1 = from.x() + layout.boxWidth;
            double y1 = from.y() + DiagramLayout.BOX_HEIGHT / 2.0;
            double x2 = to.x() + layout.boxWidth;
            double y2 = to.y() + DiagramLayout.BOX_HEIGHT / 2.0;
            double cx = Math.max(x1, x2) + bow;
            svg.append(String.format(Locale.ROOT, "<path%s d=\"M%.1f,%.1f C%.1f,%.1f %.1f,%.1f %.1f,%.1f\"%s/>%n", attributes,
                    x1, y1, cx, y1, cx, y2, x2, y2, stroke(hit, edge.kind())));
            labelX = cx - 4;
            labelY = (y1 + y2) / 2;
        }
        if (!edge.label().isEmpty()) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"%s\" stroke=\"white\" stroke-width=\"3\" paint-order=\"stroke\">%s</text>%n",
                    labelX, labelY, hit ? HIT : "#757575", escape(edge.label())));
        }
    }

    private static String stroke(boolean hit, DiagramGraph.EdgeKind kind) {
        String dash = kind == DiagramGraph.EdgeKind.CONTAINS ? "2 3" : hit ? "" : "5 4";
        return " fill=\"none\" stroke=\"" + (hit ? HIT : MISS) + "\" stroke-width=\"" + (hit ? 2 : 1) + "\""
                + (dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"")
                + " marker-end=\"url(#" + (hit ? "arrow-hit" : "arrow-miss") + ")\"";
    }

    private void line(double x1, double y1, double x2, double y2, boolean hit, boolean dashed) {
        svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f,%.1f L%.1f,%.1f\"%s/>%n", x1, y1, x2, y2,
                stroke(hit, dashed ? DiagramGraph.EdgeKind.CONTAINS : DiagramGraph.EdgeKind.NEXT)));
    }

    private void end(String state) {
        DiagramLayout.Box box = layout.boxes.get(state);
        boolean hit = coverage.metric(CoverageMetric.TRANSITIONS).hits(ItemKeys.transition(state, null)) > 0;
        double x = box.centerX(layout.boxWidth) + layout.boxWidth / 4.0;
        double y = box.y() + DiagramLayout.BOX_HEIGHT;
        svg.append(String.format(Locale.ROOT, "<path class=\"end %s\" d=\"M%.1f,%.1f L%.1f,%.1f\" stroke=\"%s\" stroke-width=\"%d\"/>%n",
                hit ? "hit" : "miss", x, y, x, y + 18, hit ? HIT : MISS, hit ? 2 : 1));
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"white\" stroke=\"%s\" stroke-width=\"3\"/>%n",
                x, y + 23, hit ? HIT : MISS));
    }

    private void box(DiagramLayout.Box box) {
        String name = box.state().name();
        long hits = coverage.metric(CoverageMetric.STATES).hits(name);
        boolean hit = hits > 0;
        svg.append(String.format(Locale.ROOT, "<g class=\"state %s\" data-state=\"%s\">", hit ? "hit" : "miss", escape(name)));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%d\" rx=\"6\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%d\"/>",
                box.x(), box.y(), layout.boxWidth, DiagramLayout.BOX_HEIGHT, hit ? HIT_FILL : MISS_FILL, hit ? HIT : MISS, hit ? 2 : 1));
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"%s\">%s</text>",
                box.centerX(layout.boxWidth), box.y() + 17, hit ? "#1b1b1b" : "#616161", escape(fit(name))));
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"10\" fill=\"#757575\">%s%s</text>",
                box.centerX(layout.boxWidth), box.y() + 32, box.state().type().aslName(), hit ? " · ×" + hits : ""));
        svg.append("</g>\n");
    }

    /** Names longer than the widest box are cut with an ellipsis; the full name stays in {@code data-state}. */
    private String fit(String name) {
        int max = (layout.boxWidth - 28) / 7;
        return name.length() <= max ? name : name.substring(0, Math.max(1, max - 1)) + "…";
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
