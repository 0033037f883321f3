package dev.stepproof.toolkit.internal.audit.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.PolicyDocument;
import dev.stepproof.toolkit.internal.audit.InputNotes;
import dev.stepproof.toolkit.internal.audit.Locators;
import dev.stepproof.toolkit.internal.audit.iam.ArnContext;
import dev.stepproof.toolkit.internal.parse.LocatedDocument;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a state machine's execution role in its template: {@code RoleArn} (CloudFormation) or {@code Role}
 * (SAM) pointing at an {@code AWS::IAM::Role}, with its inline {@code Policies}, {@code ManagedPolicyArns},
 * {@code AssumeRolePolicyDocument}, and the {@code AWS::IAM::Policy}/{@code ManagedPolicy} resources that attach
 * to it; or the role SAM generates from {@code Policies} (documents, managed policy names, policy templates).
 */
final class RoleFinder {

    private final LocatedDocument template;
    private final TemplateResolver resolver;
    private final SamPolicyTemplates samTemplates;

    RoleFinder(LocatedDocument template, TemplateResolver resolver, SamPolicyTemplates samTemplates) {
        this.template = template;
        this.resolver = resolver;
        this.samTemplates = samTemplates;
    }

    void attach(String machineId, JsonNode props, boolean sam, AuditSubject.Builder subject,
                List<InputNotes.Coverage> notes) {
        String base = "/Resources/" + machineId + "/Properties";
        JsonNode roleArn = props.has("RoleArn") ? props.get("RoleArn") : props.get("Role");
        if (roleArn != null) {
            String arn = resolver.resolveString(roleArn);
            String pointer = base + (props.has("RoleArn") ? "/RoleArn" : "/Role");
            if (arn.startsWith("${") && resolver.typeOf(ArnContext.logicalId(arn)).equals("AWS::IAM::Role")) {
                role(ArnContext.logicalId(arn), subject);
            } else {
                notes.add(new InputNotes.Coverage(Locators.in(template, pointer, machineId).locate(""),
                        "its execution role " + arn + " is not defined in this template, so its permissions are not checked"));
            }
            return;
        }
        if (sam) {
            subject.role(Locators.in(template, base + "/Policies", machineId));
            samPolicies(machineId, props.path("Policies"), base + "/Policies", subject, notes);
        }
    }

    private void role(String roleId, AuditSubject.Builder subject) {
        String base = "/Resources/" + roleId + "/Properties";
        JsonNode props = template.root().at(base);
        subject.role(Locators.in(template, "/Resources/" + roleId, roleId));
        JsonNode inline = props.path("Policies");
        for (int i = 0; i < inline.size(); i++) {
            String name = roleId + " Policies[" + i + "] (" + resolver.resolveString(inline.get(i).path("PolicyName")) + ")";
            document(name, base + "/Policies/" + i + "/PolicyDocument", subject, roleId);
        }
        JsonNode managed = props.path("ManagedPolicyArns");
        for (JsonNode m : managed) {
            String arn = resolver.resolveString(m);
            if (arn.startsWith("${") && resolver.typeOf(ArnContext.logicalId(arn)).equals("AWS::IAM::ManagedPolicy")) {
                String mp = ArnContext.logicalId(arn);
                document(mp, "/Resources/" + mp + "/Properties/PolicyDocument", subject, mp);
            } else {
                subject.managedPolicyArn(arn);
            }
        }
        if (props.has("AssumeRolePolicyDocument")) {
            String pointer = base + "/AssumeRolePolicyDocument";
            subject.trustPolicy(new PolicyDocument(roleId + " AssumeRolePolicyDocument",
                    resolver.resolve(template.root().at(pointer)), Locators.in(template, pointer, roleId + " AssumeRolePolicyDocument")));
        }
        attachedPolicies(roleId, subject);
    }

    /** {@code AWS::IAM::Policy} and {@code AWS::IAM::ManagedPolicy} resources that list the role in {@code Roles}. */
    private void attachedPolicies(String roleId, AuditSubject.Builder subject) {
        for (Map.Entry<String, JsonNode> e : template.root().path("Resources").properties()) {
            String type = e.getValue().path("Type").asText();
            if (!type.equals("AWS::IAM::Policy") && !type.equals("AWS::IAM::ManagedPolicy")) {
                continue;
            }
            for (JsonNode r : e.getValue().path("Properties").path("Roles")) {
                String ref = resolver.resolveString(r);
                if (ref.equals("${" + roleId + ".Ref}") || ref.equals("${" + roleId + ".Arn}")) {
                    document(e.getKey(), "/Resources/" + e.getKey() + "/Properties/PolicyDocument", subject, e.getKey());
                }
            }
        }
    }

    private void document(String name, String pointer, AuditSubject.Builder subject, String label) {
        JsonNode raw = template.root().at(pointer);
        if (raw.isMissingNode()) {
            return;
        }
        subject.policy(new PolicyDocument(name, resolver.resolve(raw), Locators.in(template, pointer, label)));
    }

    private void samPolicies(String machineId, JsonNode policies, String pointer, AuditSubject.Builder subject,
                             List<InputNotes.Coverage> notes) {
        if (policies.isTextual() || policies.isObject()) {
            samPolicy(machineId, policies, pointer, subject, notes);
        } else if (policies.isArray()) {
            for (int i = 0; i < policies.size(); i++) {
                samPolicy(machineId, policies.get(i), pointer + "/" + i, subject, notes);
            }
        }
    }

    private void samPolicy(String machineId, JsonNode policy, String pointer, AuditSubject.Builder subject,
                           List<InputNotes.Coverage> notes) {
        String label = machineId + " " + Locators.logical("", pointer.substring(pointer.indexOf("/Properties/") + 12));
        if (policy.isTextual() || policy.has("Ref") || policy.has("Fn::Sub")) {
            String name = resolver.resolveString(policy);
            subject.managedPolicyArn(name.startsWith("arn:") || name.startsWith("${") ? name : "arn:aws:iam::aws:policy/" + name);
        } else if (policy.has("Statement")) {
            subject.policy(new PolicyDocument(label, resolver.resolve(policy), Locators.in(template, pointer, label)));
        } else if (policy.size() == 1) {
            String name = policy.fieldNames().next();
            Map<String, String> parameters = new HashMap<>();
            policy.get(name).properties().forEach(p -> parameters.put(p.getKey(), resolver.resolveString(p.getValue())));
            var expanded = samTemplates.expand(name, parameters, resolver);
            if (expanded.isPresent()) {
                ObjectNode doc = expanded.get();
                subject.policy(new PolicyDocument(label + " (" + name + ")", doc,
                        p -> Locators.in(template, pointer, label).locate("")));
            } else {
                notes.add(new InputNotes.Coverage(Locators.in(template, pointer, label).locate(""),
                        "SAM policy template " + name + " is not in StepProof's table, so what it grants is unknown"));
                subject.managedPolicyArn("sam-policy-template:" + name);
            }
        }
    }
}
