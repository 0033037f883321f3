package dev.stepproof.toolkit.internal.interpret;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.choice.ChoiceCompiler;
import dev.stepproof.toolkit.internal.choice.CompiledChoice;
import dev.stepproof.toolkit.internal.dataflow.StatesError;
import dev.stepproof.toolkit.model.ChoiceRule;
import dev.stepproof.toolkit.model.ChoiceState;

import java.util.List;
import java.util.Map;

/** Choice: the first rule that holds picks the next state; else Default; else States.NoChoiceMatched. */
final class ChoiceStep extends Step {
    private final Flow.Path inputPath;
    private final Flow.Path outputPath;
    private final CompiledChoice choice;
    private final Flow.Template[] ruleAssigns;
    private final Step[] targets;
    private final Flow.Template defaultAssign;
    private Step defaultTarget;

    ChoiceStep(ChoiceState s) {
        super(s, "Choice", false, false);
        inputPath = Flow.path(s.inputPath());
        outputPath = Flow.path(s.outputPath());
        List<ChoiceRule> rules = s.choices();
        choice = ChoiceCompiler.compile(s);
        ruleAssigns = new Flow.Template[rules.size()];
        targets = new Step[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            ruleAssigns[i] = Flow.template(rules.get(i).assign());
        }
        defaultAssign = Flow.template(s.assign());
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
        int i = select(v);
        if (i >= 0) {
            v.fiber.run.decide(dev.stepproof.toolkit.Decision.Kind.CHOICE_RULE, name, i, targets[i].name);
            leave(v, input, ruleAssigns[i], targets[i]);
            return;
        }
        if (defaultTarget == null) {
            throw StatesError.inState(StatesError.NO_CHOICE_MATCHED, "No Choice rule matched and the state has no Default.");
        }
        v.fiber.run.decide(dev.stepproof.toolkit.Decision.Kind.CHOICE_DEFAULT, name, -1, defaultTarget.name);
        leave(v, input, defaultAssign, defaultTarget);
    }

    private int select(Visit v) {
        try {
            return choice.select(v);
        } catch (UnsupportedOperationException e) {
            // JSONata conditions compile but do not evaluate yet: fail the state, never throw out of execute().
            throw StatesError.runtime("StepProof does not evaluate JSONata yet (" + e.getMessage() + ").");
        }
    }

    private void leave(Visit v, JsonNode input, Flow.Template assign, Step target) {
        Map<String, JsonNode> assigned = assign == null ? null : Flow.assign(assign, v.input(input));
        JsonNode output = Flow.select(outputPath, input, v.input(input), "OutputPath");
        v.fiber.exit(v, output, assigned, target);
    }
}
