package dev.stepproof.toolkit.internal.audit.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/** The SAM policy templates table ({@value #TABLE}): expands {@code {LambdaInvokePolicy: {FunctionName: x}}}. */
public final class SamPolicyTemplates {

    /** Classpath location of the table. */
    public static final String TABLE = "/dev/stepproof/toolkit/audit/sam-policy-templates.json";

    private final JsonNode templates;

    private SamPolicyTemplates(JsonNode templates) {
        this.templates = templates;
    }

    /** @return the table shipped with StepProof */
    public static SamPolicyTemplates standard() {
        try (InputStream in = SamPolicyTemplates.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("StepProof resource missing: " + TABLE);
            }
            return new SamPolicyTemplates(new ObjectMapper().readTree(in).path("templates"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + TABLE, e);
        }
    }

    /** @return whether the table knows the template */
    public boolean knows(String name) {
        return templates.has(name);
    }

    /**
     * @param name       a SAM policy template name
     * @param parameters parameter values, already resolved to text
     * @param resolver   folds the ARNs built into resource tokens
     * @return the policy document, or empty for an unknown template
     */
    public Optional<ObjectNode> expand(String name, Map<String, String> parameters, TemplateResolver resolver) {
        JsonNode statements = templates.get(name);
        if (statements == null) {
            return Optional.empty();
        }
        ObjectNode policy = JsonNodeFactory.instance.objectNode();
        policy.put("Version", "2012-10-17");
        ArrayNode out = policy.putArray("Statement");
        for (JsonNode s : statements) {
            ObjectNode statement = out.addObject();
            statement.put("Effect", "Allow");
            statement.set("Action", s.get("Action").deepCopy());
            ArrayNode resources = statement.putArray("Resource");
            for (JsonNode r : s.path("Resource")) {
                String text = r.asText().replace("${AWS::Partition}", "aws");
                for (Map.Entry<String, String> p : parameters.entrySet()) {
                    text = text.replace("{" + p.getKey() + "}", p.getValue());
                }
                resources.add(resolver.fold(text));
            }
        }
        return Optional.of(policy);
    }
}
