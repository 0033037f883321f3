package dev.stepproof.toolkit.internal.interpret;

import java.util.HashMap;
import java.util.Map;

/** The steps of one StartAt/States scope, linked to each other. */
final class CompiledWorkflow {
    private final Map<String, Step> steps = new HashMap<>();
    private String startAt;

    void add(Step step) {
        steps.put(step.name, step);
    }

    void startAt(String name) {
        this.startAt = name;
    }

    void link() {
        steps.values().forEach(s -> s.link(this));
    }

    Step step(String name) {
        Step s = steps.get(name);
        if (s == null) {
            throw new IllegalStateException("No state named '" + name + "' in this workflow; the definition should have been rejected");
        }
        return s;
    }

    Step start() {
        return step(startAt);
    }
}
