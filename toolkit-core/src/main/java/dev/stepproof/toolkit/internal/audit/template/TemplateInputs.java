package dev.stepproof.toolkit.internal.audit.template;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.Severity;
import dev.stepproof.toolkit.WorkflowType;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.MachineSettings;
import dev.stepproof.toolkit.internal.audit.DefinitionModel;
import dev.stepproof.toolkit.internal.audit.Documents;
import dev.stepproof.toolkit.internal.audit.InputNotes;
import dev.stepproof.toolkit.internal.audit.Loaded;
import dev.stepproof.toolkit.internal.audit.Locators;
import dev.stepproof.toolkit.internal.audit.TemplateContext;
import dev.stepproof.toolkit.internal.audit.iam.ArnContext;
import dev.stepproof.toolkit.internal.parse.LocatedDocument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads every {@code AWS::StepFunctions::StateMachine} and {@code AWS::Serverless::StateMachine} of a template
 * (or of each {@code *.template.json} of a CDK {@code cdk.out} directory) as an audit subject.
 */
public final class TemplateInputs {

    private final SamPolicyTemplates samTemplates = SamPolicyTemplates.standard();

    /** @return the subjects of one template */
    public Loaded template(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return new Loaded(List.of(), List.of(Documents.unreadable(file.toString(), "cannot be read: " + e.getMessage())), List.of());
        }
        boolean json = file.toString().toLowerCase(Locale.ROOT).endsWith(".json");
        TemplateTreeReader.Outcome outcome = new TemplateTreeReader().read(text, json, file.toString());
        if (outcome.document() == null) {
            return new Loaded(List.of(), List.of(new Diagnostic(Documents.UNREADABLE, Severity.ERROR, file.toString(), "",
                    outcome.where(), "The audit input " + outcome.problem() + ".", "Correct the template's syntax.")), List.of());
        }
        return machines(file, outcome.document(), text.lines().toList());
    }

    /** @return the subjects of every {@code *.template.json} in a {@code cdk.out} directory, in name order */
    public Loaded cdkOut(Path directory) {
        List<AuditSubject> subjects = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        List<Loaded.Unanalysed> unanalysed = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".template.json")).sorted().toList()) {
                Loaded one = template(f);
                subjects.addAll(one.subjects());
                problems.addAll(one.problems());
                unanalysed.addAll(one.unanalysed());
            }
        } catch (IOException | RuntimeException e) {
            problems.add(Documents.unreadable(directory.toString(), "directory cannot be listed: " + e.getMessage()));
        }
        return new Loaded(subjects, problems, unanalysed);
    }

    private Loaded machines(Path file, LocatedDocument template, List<String> lines) {
        TemplateResolver resolver = new TemplateResolver(template.root());
        List<AuditSubject> subjects = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        List<Loaded.Unanalysed> unanalysed = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : template.root().path("Resources").properties()) {
            String type = e.getValue().path("Type").asText();
            boolean sam = type.equals("AWS::Serverless::StateMachine");
            if (!sam && !type.equals("AWS::StepFunctions::StateMachine")) {
                continue;
            }
            machine(file, template, lines, resolver, e.getKey(), e.getValue(), sam, subjects, problems, unanalysed);
        }
        return new Loaded(subjects, problems, unanalysed);
    }

    private void machine(Path file, LocatedDocument template, List<String> lines, TemplateResolver resolver, String id, JsonNode resource,
                         boolean sam, List<AuditSubject> subjects, List<Diagnostic> problems,
                         List<Loaded.Unanalysed> unanalysed) {
        JsonNode props = resource.path("Properties");
        EmbeddedDefinition.Found found = new EmbeddedDefinition(template, resolver, file, lines).find(id, props);
        problems.addAll(found.problems());
        if (found.document() == null) {
            if (found.notAnalysable() != null) {
                unanalysed.add(new Loaded.Unanalysed(id, new InputNotes.Coverage(
                        Locators.in(template, "/Resources/" + id, id).locate(""), found.notAnalysable())));
            }
            return;
        }
        WorkflowType type = "EXPRESS".equals(resolver.resolveString(props.path(sam ? "Type" : "StateMachineType")))
                ? WorkflowType.EXPRESS : WorkflowType.STANDARD;
        DefinitionModel.Built built = DefinitionModel.build(found.document(), type == WorkflowType.EXPRESS);
        if (built.machine() == null) {
            problems.addAll(built.diagnostics());
            return;
        }
        String self = "${" + id + ".Arn}";
        MachineSettings settings = new MachineSettings(true, type,
                setting(resolver, props, sam ? "Logging" : "LoggingConfiguration"),
                setting(resolver, props, sam ? "Tracing" : "TracingConfiguration"),
                setting(resolver, props, "EncryptionConfiguration"), self);
        List<InputNotes.Coverage> notes = new ArrayList<>();
        AuditSubject.Builder subject = AuditSubject.builder(id, built.machine(), found.document().root(), found.locator())
                .settings(settings)
                .extra(ArnContext.class, new ArnContext("aws", "${AWS::Region}", "${AWS::AccountId}", self, resolver::typeOf))
                .extra(TemplateContext.class, new TemplateContext(id, Locators.in(template, "/Resources/" + id, id),
                        resource.path("Metadata").path("stepproof").path("suppress"),
                        template.root().path("Metadata").path("stepproof").path("suppress")));
        new RoleFinder(template, resolver, samTemplates).attach(id, props, sam, subject, notes);
        subject.extra(InputNotes.class, new InputNotes(built.diagnostics(), notes));
        subjects.add(subject.build());
    }

    private static JsonNode setting(TemplateResolver resolver, JsonNode props, String name) {
        return props.has(name) ? resolver.resolve(props.get(name)) : null;
    }
}
