package dev.stepproof.toolkit.internal.audit.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.model.ChoiceState;
import dev.stepproof.toolkit.model.FailState;
import dev.stepproof.toolkit.model.MapState;
import dev.stepproof.toolkit.model.ParallelState;
import dev.stepproof.toolkit.model.PassState;
import dev.stepproof.toolkit.model.State;
import dev.stepproof.toolkit.model.TaskState;

import java.util.Set;
import java.util.TreeSet;

/**
 * JSONata states, treated conservatively: any expression that mentions {@code $states.input} while the input is
 * tainted, {@code $states.result} of a secret-returning call, or a tainted variable, yields a wholly tainted value.
 * StepProof does not evaluate JSONata to see which fields survive.
 */
final class JsonataTaint {

    private JsonataTaint() {
    }

    static Taint state(TaintAnalysis analysis, State state, Taint in) {
        Set<String> input = in.origins();
        Set<String> result = new TreeSet<>();
        JsonNode output = null;
        JsonNode assign = null;
        switch (state.type()) {
            case TASK -> {
                TaskState task = (TaskState) state;
                Set<String> args = task.arguments() == null ? input : mentions(analysis, task.arguments(), input, Set.of());
                if (TaintSources.sink(task) && !args.isEmpty()) {
                    analysis.flow(TaintAnalysis.Sink.OUTBOUND, task, args, "Arguments");
                }
                TaintSources.source(task).ifPresent(call -> {
                    analysis.source(task, call);
                    result.add(task.name());
                });
                output = task.output();
                assign = task.assign();
            }
            case PASS -> {
                output = ((PassState) state).output();
                assign = ((PassState) state).assign();
                result.addAll(input);
            }
            case PARALLEL, MAP -> {
                // Nested workflows are not followed in JSONata mode; a tainted input is assumed to come back out.
                result.addAll(input);
                output = state instanceof ParallelState p ? p.output() : ((MapState) state).output();
                assign = state instanceof ParallelState p ? p.assign() : ((MapState) state).assign();
            }
            case CHOICE -> {
                output = ((ChoiceState) state).output();
                assign = ((ChoiceState) state).assign();
                result.addAll(input);
            }
            case FAIL -> {
                FailState fail = (FailState) state;
                Set<String> origins = new TreeSet<>();
                for (String text : new String[] {fail.cause(), fail.error()}) {
                    if (text != null) {
                        origins.addAll(mentions(analysis, com.fasterxml.jackson.databind.node.TextNode.valueOf(text), input, Set.of()));
                    }
                }
                if (!origins.isEmpty()) {
                    analysis.flow(TaintAnalysis.Sink.FAIL, fail, origins, "Cause/Error");
                }
                return Taint.clean();
            }
            case WAIT, SUCCEED -> result.addAll(input);
        }
        if (assign != null && assign.isObject()) {
            Set<String> r = result;
            assign.properties().forEach(e -> analysis.variable(state, e.getKey(), mentions(analysis, e.getValue(), input, r)));
        }
        Set<String> out = output == null ? result : mentions(analysis, output, input, result);
        Taint taint = Taint.whole(out);
        if (!taint.isClean()) {
            analysis.flow(TaintAnalysis.Sink.OUTPUT, state, out, "output");
        }
        return taint;
    }

    /** @return origins of the tainted things an expression (or template of expressions) mentions */
    private static Set<String> mentions(TaintAnalysis analysis, JsonNode node, Set<String> input, Set<String> result) {
        Set<String> out = new TreeSet<>();
        if (node.isTextual()) {
            String text = node.asText();
            if (text.contains("{%")) {
                if (text.contains("$states.input")) {
                    out.addAll(input);
                }
                if (text.contains("$states.result")) {
                    out.addAll(result);
                }
                out.addAll(analysis.jsonataVariables(text.replace("$states", "")));
            }
        } else {
            node.forEach(child -> out.addAll(mentions(analysis, child, input, result)));
        }
        return out;
    }

}
