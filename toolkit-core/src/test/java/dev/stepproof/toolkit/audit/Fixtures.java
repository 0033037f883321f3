package dev.stepproof.toolkit.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Builds audit inputs from fixture directories and checks expectations against findings. */
final class Fixtures {

    private Fixtures() {
    }

    static AuditInput input(Path dir) {
        for (String name : List.of("template.yaml", "template.yml", "template.json")) {
            if (Files.exists(dir.resolve(name))) {
                return AuditInput.template(dir.resolve(name));
            }
        }
        Path machine = Files.exists(dir.resolve("machine.asl.yaml")) ? dir.resolve("machine.asl.yaml") : dir.resolve("machine.asl.json");
        AuditInput input = AuditInput.definition(machine);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith("policy") && n.endsWith(".json")) {
                    input = input.withRolePolicy(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (Files.exists(dir.resolve("trust.json"))) {
            input = input.withTrustPolicy(dir.resolve("trust.json"));
        }
        if (Files.exists(dir.resolve("express"))) {
            input = input.withWorkflowType(dev.stepproof.toolkit.WorkflowType.EXPRESS);
        }
        return input;
    }

    static boolean has(Finding f, String key, String value) {
        return switch (key) {
            case "state" -> value.equals(f.stateName());
            case "line" -> f.location().position().line() == Integer.parseInt(value);
            case "severity" -> f.severity().name().equals(value);
            case "text" -> f.message().contains(value);
            case "fix" -> (f.fix() + (f.policySnippet() == null ? "" : f.policySnippet())).contains(value);
            case "pointer" -> f.location().pointer().equals(value);
            default -> throw new IllegalArgumentException("unknown expectation key " + key);
        };
    }
}
