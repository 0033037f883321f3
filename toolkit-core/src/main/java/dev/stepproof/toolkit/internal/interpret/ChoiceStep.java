package dev.stepproof.toolkit.internal.interpret;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.choice.ChoiceCompiler;
import dev.stepproof.toolkit.internal.choice.CompiledChoice;
import dev.stepproof.toolkit.internal.dataflow.StatesError;
import dev.stepproof.toolkit.model.ChoiceRule;
import dev.stepproof.toolkit.model.ChoiceState;

import java.util.List;
import java.util.Map;

/**
 * Choice: the first rule that holds picks the next state and its own Assign (and, in JSONata, Output); else
 * Default with the state-level Assign/Output; else States.NoChoiceMatched.
 */
final class ChoiceStep extends Step {
    private final Flow.Path inputPath;
    private final Flow.Path outputPath;
    private final CompiledChoice choice;
    private final Flow.Template[] ruleAssigns;
    private final Flow.Template defaultAssign;
    private final JsonataExit[] ruleExits;
    private final JsonataExit defaultExit;
    private final Step[] targets;
    private Step defaultTarget;

    ChoiceStep(ChoiceState s, boolean jsonata) {
        super(s, "Choice", false, false);
        inputPath = Flow.path(s.inputPath());
        outputPath = Flow.path(s.outputPath());
        List<ChoiceRule> rules = s.choices();
        choice = ChoiceCompiler.compile(s);
        ruleAssigns = new Flow.Template[rules.size()];
        ruleExits = new JsonataExit[rules.size()];
        targets = new Step[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            ChoiceRule rule = rules.get(i);
            if (jsonata) {
                ruleExits[i] = JsonataExit.compile(rule.output(), rule.assign(), "Choices[" + i + "]/", JsonataExit.Default.INPUT);
            } else {
                ruleAssigns[i] = Flow.template(rule.assign());
            }
        }
        defaultAssign = jsonata ? null : Flow.template(s.assign());
        defaultExit = jsonata ? JsonataExit.compile(s.output(), s.assign(), "", JsonataExit.Default.INPUT) : null;
    }

    @Override
    void link(CompiledWorkflow workflow) {
        ChoiceState s = (ChoiceState) model;
        for (int i = 0; i < targets.length; i++) {
            targets[i] = workflow.step(s.choices().get(i).next());
        }
        defaultTarget = s.defaultState() == null ? null : workflow.step(s.defaultState());
    }

    @Override
    void run(Visit v) {
        JsonNode input = Flow.select(inputPath, v.rawInput, v.input(v.rawInput), "InputPath");
        v.input(input);
        int i = choice.select(v);
        if (i >= 0) {
            v.fiber.run.decide(dev.stepproof.toolkit.Decision.Kind.CHOICE_RULE, name, i, targets[i].name);
            leave(v, input, ruleAssigns[i], ruleExits[i], targets[i]);
            return;
        }
        if (defaultTarget == null) {
            throw StatesError.inState(StatesError.NO_CHOICE_MATCHED, "No Choice rule matched and the state has no Default.");
        }
        v.fiber.run.decide(dev.stepproof.toolkit.Decision.Kind.CHOICE_DEFAULT, name, -1, defaultTarget.name);
        leave(v, input, defaultAssign, defaultExit, defaultTarget);
    }

    private void leave(Visit v, JsonNode input, Flow.Template assign, JsonataExit jsonata, Step target) {
        if (jsonata != null) {
            jsonata.leave(v, null, null, target);
            return;
        }
        Map<String, JsonNode> assigned = assign == null ? null : Flow.assign(assign, v.input(input));
        JsonNode output = Flow.select(outputPath, input, v.input(input), "OutputPath");
        v.fiber.exit(v, output, assigned, target);
    }
}
