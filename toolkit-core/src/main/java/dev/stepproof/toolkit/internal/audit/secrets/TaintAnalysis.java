package dev.stepproof.toolkit.internal.audit.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.model.Catcher;
import dev.stepproof.toolkit.model.ChoiceRule;
import dev.stepproof.toolkit.model.ChoiceState;
import dev.stepproof.toolkit.model.FailState;
import dev.stepproof.toolkit.model.MapState;
import dev.stepproof.toolkit.model.ParallelState;
import dev.stepproof.toolkit.model.PassState;
import dev.stepproof.toolkit.model.PathField;
import dev.stepproof.toolkit.model.QueryLanguage;
import dev.stepproof.toolkit.model.State;
import dev.stepproof.toolkit.model.StateMachine;
import dev.stepproof.toolkit.model.TaskState;
import dev.stepproof.toolkit.model.Workflow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows secrets through a state machine. JSONPath states are analysed field by field (InputPath, Parameters,
 * the result, ResultSelector, ResultPath, OutputPath, Assign); JSONata states conservatively: an expression that
 * mentions a tainted input, result or variable is tainted as a whole. Variables are tracked machine-wide (not per
 * path), which can only over-report. The analysis iterates to a fixpoint, so loops are handled.
 */
public final class TaintAnalysis {

    /** Where a secret ends up. */
    public enum Sink {
        /** A state's output: execution history, and the next state's input. */
        OUTPUT,
        /** A variable: shown in the history's assignedVariables. */
        VARIABLE,
        /** A message, event, item, HTTP body, object or child execution input. */
        OUTBOUND,
        /** A Fail state's Error or Cause. */
        FAIL
    }

    /**
     * One secret reaching one sink.
     *
     * @param sink    what kind of place
     * @param state   the state where it happens
     * @param origins the states whose secrets arrive there
     * @param detail  the field or variable concerned
     */
    public record Flow(Sink sink, State state, Set<String> origins, String detail) {
    }

    private static final Pattern REFERENCE = Pattern.compile("\\$\\$?[A-Za-z0-9_.\\[\\]'*@-]*");
    private static final Pattern JSONATA_VARIABLE = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

    private final StateMachine machine;
    private final Map<String, Set<String>> variables = new HashMap<>();
    private final Map<String, Flow> flows = new LinkedHashMap<>();
    private final Map<String, String> sources = new LinkedHashMap<>();

    private TaintAnalysis(StateMachine machine) {
        this.machine = machine;
    }

    /** @return the analysis of {@code subject}, computed once */
    public static TaintAnalysis of(AuditSubject subject) {
        return subject.memo(TaintAnalysis.class, s -> {
            TaintAnalysis analysis = new TaintAnalysis(s.machine());
            analysis.run();
            return analysis;
        });
    }

    /** @return every flow found, in discovery order */
    public List<Flow> flows() {
        return List.copyOf(flows.values());
    }

    /** @return secret-returning states by name, with the call they make */
    public Map<String, String> sources() {
        return Map.copyOf(sources);
    }

    private void run() {
        for (int round = 0; round < 10; round++) {
            Map<String, Set<String>> before = copy(variables);
            workflow(machine.asWorkflow(), Taint.clean(), Taint.clean());
            if (before.equals(variables)) {
                return;
            }
        }
    }

    /** @return the union of the outputs of the workflow's terminal states */
    private Taint workflow(Workflow workflow, Taint initial, Taint item) {
        Map<String, Taint> inputs = new HashMap<>();
        Deque<String> work = new ArrayDeque<>();
        Taint terminal = Taint.clean();
        if (workflow.startAt() == null || !workflow.states().containsKey(workflow.startAt())) {
            return terminal;
        }
        inputs.put(workflow.startAt(), initial);
        work.add(workflow.startAt());
        int steps = 0;
        while (!work.isEmpty() && steps++ < 10_000) {
            State state = workflow.states().get(work.poll());
            Taint in = inputs.get(state.name());
            Taint out = state(state, in, item);
            if (state.isTerminal()) {
                terminal = terminal.union(out);
            }
            for (Map.Entry<String, Taint> next : successors(state, in, out).entrySet()) {
                if (!workflow.states().containsKey(next.getKey())) {
                    continue;
                }
                Taint old = inputs.getOrDefault(next.getKey(), null);
                Taint merged = old == null ? next.getValue() : old.union(next.getValue());
                if (!merged.equals(old)) {
                    inputs.put(next.getKey(), merged);
                    work.add(next.getKey());
                }
            }
        }
        return terminal;
    }

    private static Map<String, Taint> successors(State state, Taint in, Taint out) {
        Map<String, Taint> next = new LinkedHashMap<>();
        if (state.transition().hasNext()) {
            next.put(state.transition().next(), out);
        }
        if (state instanceof ChoiceState choice) {
            for (ChoiceRule rule : choice.choices()) {
                next.merge(rule.next(), out, Taint::union);
            }
            if (choice.defaultState() != null) {
                next.merge(choice.defaultState(), out, Taint::union);
            }
        }
        for (Catcher catcher : state.catchers()) {
            Taint caught = catcher.resultPath().isNull() ? in : Taint.merge(in, Taint.clean(), path(catcher.resultPath()));
            next.merge(catcher.next(), caught, Taint::union);
        }
        return next;
    }

    private Taint state(State state, Taint in, Taint item) {
        boolean jsonata = machine.effectiveQueryLanguage(state) == QueryLanguage.JSONATA;
        return jsonata ? JsonataTaint.state(this, state, in) : jsonPath(state, in, item);
    }

    private Taint jsonPath(State state, Taint in, Taint item) {
        return switch (state.type()) {
            case TASK -> task((TaskState) state, in, item);
            case PASS -> pass((PassState) state, in, item);
            case PARALLEL -> parallel((ParallelState) state, in, item);
            case MAP -> map((MapState) state, in, item);
            case FAIL -> fail((FailState) state, in);
            case CHOICE, WAIT, SUCCEED -> output(state, effectiveInput(state, in));
        };
    }

    private Taint task(TaskState task, Taint in, Taint item) {
        Taint effective = effectiveInput(task, in);
        Taint params = task.parameters() == null ? effective : template(task.parameters(), effective, item);
        if (TaintSources.sink(task) && !params.isClean()) {
            flow(Sink.OUTBOUND, task, params.origins(), "Parameters");
        }
        Taint raw = Taint.clean();
        var source = TaintSources.source(task);
        if (source.isPresent()) {
            sources.put(task.name(), source.get());
            raw = Taint.clean();
            for (String field : TaintSources.secretFields(task)) {
                raw.add(field, Set.of(task.name()));
            }
        }
        return finish(task, in, raw, task.resultSelector(), task.resultPath(), task.assign(), item);
    }

    private Taint pass(PassState pass, Taint in, Taint item) {
        Taint effective = effectiveInput(pass, in);
        Taint result = pass.result() != null ? Taint.clean()
                : pass.parameters() != null ? template(pass.parameters(), effective, item) : effective;
        return finish(pass, in, result, null, pass.resultPath(), pass.assign(), item);
    }

    private Taint parallel(ParallelState parallel, Taint in, Taint item) {
        Taint effective = effectiveInput(parallel, in);
        Taint branchInput = parallel.parameters() == null ? effective : template(parallel.parameters(), effective, item);
        Set<String> origins = new TreeSet<>();
        for (Workflow branch : parallel.branches()) {
            origins.addAll(workflow(branch, branchInput, item).origins());
        }
        return finish(parallel, in, Taint.whole(origins), parallel.resultSelector(), parallel.resultPath(), parallel.assign(), item);
    }

    private Taint map(MapState map, Taint in, Taint item) {
        Taint effective = effectiveInput(map, in);
        Taint items = effective.narrow(map.itemsPath() == null ? "$" : map.itemsPath());
        Taint oneItem = Taint.whole(items.origins());
        Taint iterationInput = map.effectiveItemSelector() == null ? oneItem : template(map.effectiveItemSelector(), effective, oneItem);
        Set<String> origins = new TreeSet<>();
        if (map.processor() != null) {
            origins.addAll(workflow(map.processor().workflow(), iterationInput, oneItem).origins());
        }
        return finish(map, in, Taint.whole(origins), map.resultSelector(), map.resultPath(), map.assign(), item);
    }

    private Taint fail(FailState fail, Taint in) {
        for (String path : new String[] {fail.causePath(), fail.errorPath()}) {
            if (path != null) {
                Set<String> origins = expression(path, in, Taint.clean());
                if (!origins.isEmpty()) {
                    flow(Sink.FAIL, fail, origins, path.equals(fail.causePath()) ? "CausePath" : "ErrorPath");
                }
            }
        }
        return Taint.clean();
    }

    /** ResultSelector, Assign, ResultPath and OutputPath, in ASL's order. */
    private Taint finish(State state, Taint rawInput, Taint result, JsonNode selector, PathField resultPath,
                         JsonNode assign, Taint item) {
        Taint selected = selector == null ? result : template(selector, result, item);
        assign(state, assign, selected, item);
        Taint merged = resultPath.isNull() ? rawInput : Taint.merge(rawInput, selected, path(resultPath));
        return output(state, merged);
    }

    private Taint output(State state, Taint value) {
        PathField outputPath = outputPathOf(state);
        Taint out = outputPath.isNull() ? Taint.clean() : value.narrow(path(outputPath));
        if (!out.isClean()) {
            flow(Sink.OUTPUT, state, out.origins(), "output");
        }
        return out;
    }

    private void assign(State state, JsonNode assign, Taint from, Taint item) {
        if (assign == null || !assign.isObject()) {
            return;
        }
        assign.properties().forEach(e -> {
            String name = e.getKey().endsWith(".$") ? e.getKey().substring(0, e.getKey().length() - 2) : e.getKey();
            Set<String> origins = e.getKey().endsWith(".$") && e.getValue().isTextual()
                    ? expression(e.getValue().asText(), from, item)
                    : template(e.getValue(), from, item).origins();
            variable(state, name, origins);
        });
    }

    void variable(State state, String name, Set<String> origins) {
        if (!origins.isEmpty()) {
            variables.computeIfAbsent(name, k -> new TreeSet<>()).addAll(origins);
            flow(Sink.VARIABLE, state, origins, name);
        }
    }

    Set<String> variable(String name) {
        return variables.getOrDefault(name, Set.of());
    }

    Set<String> taintedVariables() {
        return variables.keySet();
    }

    void flow(Sink sink, State state, Set<String> origins, String detail) {
        String key = sink + "\n" + state.pointer() + "\n" + detail;
        Flow old = flows.get(key);
        Set<String> all = new TreeSet<>(origins);
        if (old != null) {
            all.addAll(old.origins());
        }
        flows.put(key, new Flow(sink, state, all, detail));
    }

    void source(TaskState task, String call) {
        sources.put(task.name(), call);
    }

    /** The payload template's output: each {@code key.$} carries what its path or intrinsic reads. */
    private Taint template(JsonNode node, Taint in, Taint item) {
        Taint out = Taint.clean();
        fill(node, "$", in, item, out);
        return out;
    }

    private void fill(JsonNode node, String at, Taint in, Taint item, Taint out) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().endsWith(".$") && e.getValue().isTextual()) {
                    String key = e.getKey().substring(0, e.getKey().length() - 2);
                    out.add(at + "." + key, expression(e.getValue().asText(), in, item));
                } else {
                    fill(e.getValue(), at + "." + e.getKey(), in, item, out);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                fill(node.get(i), at + "." + i, in, item, out);
            }
        }
    }

    /** What a path, context path, variable reference or intrinsic call reads. */
    private Set<String> expression(String text, Taint in, Taint item) {
        Set<String> out = new TreeSet<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            String ref = m.group();
            if (ref.startsWith("$$.Map.Item.Value")) {
                out.addAll(item.origins());
            } else if (ref.startsWith("$$")) {
                continue; // the context object holds no secrets
            } else if (ref.equals("$") || ref.startsWith("$.") || ref.startsWith("$[")) {
                out.addAll(in.read(ref));
            } else if (ref.length() > 1) {
                String name = ref.substring(1).split("[.\\[]")[0];
                out.addAll(variable(name));
            }
        }
        return out;
    }

    /** JSONata: every {@code $name} variable an expression mentions. */
    Set<String> jsonataVariables(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = JSONATA_VARIABLE.matcher(text);
        while (m.find()) {
            out.addAll(variable(m.group(1)));
        }
        return out;
    }

    private static Taint effectiveInput(State state, Taint in) {
        PathField inputPath = switch (state.type()) {
            case TASK -> ((TaskState) state).inputPath();
            case PASS -> ((PassState) state).inputPath();
            case PARALLEL -> ((ParallelState) state).inputPath();
            case MAP -> ((MapState) state).inputPath();
            case CHOICE -> ((ChoiceState) state).inputPath();
            case WAIT -> ((dev.stepproof.toolkit.model.WaitState) state).inputPath();
            case SUCCEED -> ((dev.stepproof.toolkit.model.SucceedState) state).inputPath();
            case FAIL -> PathField.ABSENT;
        };
        return inputPath.isNull() ? Taint.clean() : in.narrow(path(inputPath));
    }

    private static PathField outputPathOf(State state) {
        return switch (state.type()) {
            case TASK -> ((TaskState) state).outputPath();
            case PASS -> ((PassState) state).outputPath();
            case PARALLEL -> ((ParallelState) state).outputPath();
            case MAP -> ((MapState) state).outputPath();
            case CHOICE -> ((ChoiceState) state).outputPath();
            case WAIT -> ((dev.stepproof.toolkit.model.WaitState) state).outputPath();
            case SUCCEED -> ((dev.stepproof.toolkit.model.SucceedState) state).outputPath();
            case FAIL -> PathField.ABSENT;
        };
    }

    private static String path(PathField field) {
        return field.effectivePath().orElse("$");
    }

    private static Map<String, Set<String>> copy(Map<String, Set<String>> map) {
        Map<String, Set<String>> out = new HashMap<>();
        map.forEach((k, v) -> out.put(k, new TreeSet<>(v)));
        return out;
    }
}
