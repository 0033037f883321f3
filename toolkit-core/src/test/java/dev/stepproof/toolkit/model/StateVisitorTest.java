package dev.stepproof.toolkit.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.BDDAssertions.then;

class StateVisitorTest {

    /** Names each state's type through the visitor, so the test fails to compile if a type is not handled. */
    private static final class TypeNamer implements StateVisitor<StateType> {
        @Override
        public StateType visitTask(TaskState state) {
            return StateType.TASK;
        }

        @Override
        public StateType visitPass(PassState state) {
            return StateType.PASS;
        }

        @Override
        public StateType visitChoice(ChoiceState state) {
            return StateType.CHOICE;
        }

        @Override
        public StateType visitWait(WaitState state) {
            return StateType.WAIT;
        }

        @Override
        public StateType visitSucceed(SucceedState state) {
            return StateType.SUCCEED;
        }

        @Override
        public StateType visitFail(FailState state) {
            return StateType.FAIL;
        }

        @Override
        public StateType visitParallel(ParallelState state) {
            return StateType.PARALLEL;
        }

        @Override
        public StateType visitMap(MapState state) {
            return StateType.MAP;
        }
    }

    @Test
    void should_dispatch_each_state_type_to_its_own_visit_method() {
        // GIVEN
        List<State> states = List.of(
                new TaskState("T", "/T", null, null, null, null, null, "arn", null, null, null, null, null, null,
                        null, null, null, null, null, null, null),
                new PassState("P", "/P", null, null, null, null, null, null, null, null, null, null),
                new ChoiceState("C", "/C", null, null, null, null, null, null, null, null),
                new WaitState("W", "/W", null, null, null, null, null, null, null, null, null, null, null),
                new SucceedState("S", "/S", null, null, null, null, null),
                new FailState("F", "/F", null, null, null, null, null, null),
                new ParallelState("Pa", "/Pa", null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null),
                new MapState("M", "/M", null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));

        // WHEN / THEN
        for (State state : states) {
            then(state.accept(new TypeNamer())).isEqualTo(state.type());
        }
        then(states).extracting(State::type).containsExactly(StateType.values());
    }

    @Test
    void should_allow_an_exhaustive_switch_over_the_state_type_without_default() {
        // GIVEN
        State state = new FailState("F", "/F", null, null, "E", null, null, null);

        // WHEN
        boolean canRetry = switch (state.type()) {
            case TASK, PARALLEL, MAP -> true;
            case PASS, CHOICE, WAIT, SUCCEED, FAIL -> false;
        };

        // THEN
        then(canRetry).isFalse();
        then(state.isTerminal()).isTrue();
        then(state.retriers()).isEmpty();
        then(state.nestedWorkflows()).isEmpty();
    }
}
