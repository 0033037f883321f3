package dev.stepproof.toolkit.internal.coverage;

import dev.stepproof.toolkit.model.State;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A simple layered layout: each state's layer is its distance from {@code StartAt} (branches hang below their
 * Parallel or Map state), states a layer holds are ordered by where their predecessors stand, and every box has
 * the same size. Deterministic: the same machine always gives the same picture.
 */
final class DiagramLayout {

    static final int BOX_HEIGHT = 40;
    static final int LAYER_GAP = 60;
    static final int COLUMN_GAP = 40;
    static final int MARGIN = 40;
    static final int TOP = 60;

    record Box(State state, int layer, double x, double y) {
        double centerX(int width) {
            return x + width / 2.0;
        }
    }

    final int boxWidth;
    final Map<String, Box> boxes = new HashMap<>();
    final int width;
    final int height;

    DiagramLayout(DiagramGraph graph) {
        int longest = graph.states.stream().mapToInt(s -> s.name().length()).max().orElse(4);
        boxWidth = Math.max(110, Math.min(260, longest * 7 + 28));
        List<List<State>> layers = order(graph, layers(graph));
        int widest = layers.stream().mapToInt(List::size).max().orElse(1);
        width = 2 * MARGIN + widest * boxWidth + (widest - 1) * COLUMN_GAP + 80; // room for back edges on the right
        for (int l = 0; l < layers.size(); l++) {
            List<State> layer = layers.get(l);
            double used = layer.size() * boxWidth + (layer.size() - 1) * COLUMN_GAP;
            double left = MARGIN + (widest * boxWidth + (widest - 1) * COLUMN_GAP - used) / 2;
            for (int i = 0; i < layer.size(); i++) {
                State state = layer.get(i);
                boxes.put(state.name(), new Box(state, l, left + i * (boxWidth + COLUMN_GAP), TOP + l * (BOX_HEIGHT + LAYER_GAP)));
            }
        }
        height = TOP + layers.size() * (BOX_HEIGHT + LAYER_GAP) + MARGIN / 2;
    }

    /** Breadth-first distance from StartAt; states nothing reaches go one layer below the rest. */
    private static Map<String, Integer> layers(DiagramGraph graph) {
        Map<String, Integer> layer = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        if (graph.startAt != null) {
            layer.put(graph.startAt, 0);
            queue.add(graph.startAt);
        }
        while (!queue.isEmpty()) {
            String from = queue.poll();
            for (DiagramGraph.Edge edge : graph.edges) {
                if (edge.from().equals(from) && !layer.containsKey(edge.to())) {
                    layer.put(edge.to(), layer.get(from) + 1);
                    queue.add(edge.to());
                }
            }
        }
        int unreached = layer.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        graph.states.forEach(s -> layer.putIfAbsent(s.name(), unreached));
        return layer;
    }

    /** Definition order first, then one top-down pass sorting each layer by its predecessors' mean position. */
    private static List<List<State>> order(DiagramGraph graph, Map<String, Integer> layerOf) {
        int count = layerOf.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        List<List<State>> layers = new ArrayList<>();
        for (int l = 0; l < count; l++) {
            layers.add(new ArrayList<>());
        }
        graph.states.forEach(s -> layers.get(layerOf.get(s.name())).add(s));
        Map<String, Double> position = new HashMap<>();
        for (List<State> layer : layers) {
            Map<String, Double> key = new HashMap<>();
            for (int i = 0; i < layer.size(); i++) {
                key.put(layer.get(i).name(), meanPredecessor(graph, layer.get(i).name(), position, i));
            }
            layer.sort(Comparator.comparingDouble(s -> key.get(s.name())));
            for (int i = 0; i < layer.size(); i++) {
                position.put(layer.get(i).name(), i - (layer.size() - 1) / 2.0); // centred, like the drawing
            }
        }
        return layers;
    }

    private static double meanPredecessor(DiagramGraph graph, String name, Map<String, Double> placed, int fallback) {
        double sum = 0;
        int n = 0;
        for (DiagramGraph.Edge edge : graph.edges) {
            Double p = edge.to().equals(name) ? placed.get(edge.from()) : null;
            if (p != null) {
                sum += p;
                n++;
            }
        }
        return n == 0 ? fallback : sum / n + fallback * 1e-3; // ties keep definition order
    }
}
