package dev.stepproof.toolkit.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.BDDAssertions.then;

class PathFieldTest {

    @Test
    void should_treat_absent_as_root_path() {
        then(PathField.ABSENT.effectivePath()).contains("$");
        then(PathField.ABSENT.isAbsent()).isTrue();
        then(PathField.ABSENT.isNull()).isFalse();
    }

    @Test
    void should_give_no_effective_path_for_json_null() {
        then(PathField.NULL.effectivePath()).isEmpty();
        then(PathField.NULL.isNull()).isTrue();
    }

    @Test
    void should_give_the_written_path() {
        then(PathField.of("$.a").effectivePath()).contains("$.a");
        then(PathField.of("$.a").kind()).isEqualTo(PathField.Kind.PATH);
    }

    @Test
    void should_reject_inconsistent_kind_and_path() {
        assertThatThrownBy(() -> new PathField(PathField.Kind.PATH, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PathField(PathField.Kind.NULL, "$"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
