package dev.stepproof.junit.coverage;

import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionOptions;
import dev.stepproof.toolkit.Interpreter;
import dev.stepproof.toolkit.model.StateMachine;

/** The greeting fixture machine: a Choice with one rule and a Default. */
final class Greeting {

    private Greeting() {
    }

    static StateMachine machine() {
        return DefinitionReader.standard().readResource("dev/stepproof/junit/coverage/greeting.asl.json").orElseThrow();
    }

    static Execution run(StateMachine machine, String lang) {
        return Interpreter.of(machine).execute(ExecutionOptions.defaults().withInput("{\"lang\": \"" + lang + "\"}"));
    }
}
