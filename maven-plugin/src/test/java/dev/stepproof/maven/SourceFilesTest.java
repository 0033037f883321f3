package dev.stepproof.maven;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.BDDAssertions.then;

class SourceFilesTest {

    @TempDir
    Path root;

    private void touch(String... names) throws IOException {
        for (String name : names) {
            Path file = root.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "{}");
        }
    }

    private List<String> found(SourceFiles files) throws IOException {
        return files.find(root).stream().map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
    }

    @Test
    void should_use_the_default_includes_when_maven_injects_an_empty_list() throws IOException {
        // GIVEN
        touch("orders.asl.json", "deep/er/pay.asl.yaml", "notes.json");
        // WHEN
        List<String> found = found(SourceFiles.of(List.of(), ValidateMojo.DEFAULT_INCLUDES, List.of()));
        // THEN top-level files match "**/" patterns too, in sorted order
        then(found).containsExactly("deep/er/pay.asl.yaml", "orders.asl.json");
    }

    @Test
    void should_leave_out_excluded_files_and_use_configured_includes() throws IOException {
        // GIVEN
        touch("a.sfn-test.yaml", "wip/b.sfn-test.yaml", "c.sfn-test.json");
        // WHEN
        List<String> found = found(SourceFiles.of(List.of("**/*.sfn-test.yaml"), ScenariosMojo.DEFAULT_INCLUDES, List.of("wip/**")));
        // THEN
        then(found).containsExactly("a.sfn-test.yaml");
    }

    @Test
    void should_find_nothing_in_a_missing_directory() throws IOException {
        then(new SourceFiles(List.of("**/*"), List.of()).find(root.resolve("absent"))).isEmpty();
    }
}
