package dev.stepproof.toolkit.internal.audit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.audit.AuditConfig;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Baseline;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.audit.Suppression;
import dev.stepproof.toolkit.model.State;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a finding is suppressed, in this order: a {@code stepproof:ignore RULE-ID reason} directive in
 * the Comment of the finding's state or of the machine, the template's {@code Metadata.stepproof.suppress}, the
 * configuration file, the baseline. Mandatory rules (live credentials, secrets sent out) cannot be suppressed in
 * source: whoever can edit the definition should not be able to hide them; the configuration file and the
 * baseline, which a project reviews separately, still can.
 */
public final class Suppressor {

    /** Rules that only the configuration file or the baseline may suppress. */
    public static final Set<String> MANDATORY = Set.of("SEC-001", "SEC-011");

    private static final Pattern DIRECTIVE = Pattern.compile("stepproof:ignore\\s+([A-Z]+-\\d{3}|[A-Z]+-\\*)\\s+([^;\\]]*[^;\\]\\s])");

    private final AuditConfig config;
    private final Baseline baseline;
    private final LocalDate today;

    public Suppressor(AuditConfig config, Baseline baseline, LocalDate today) {
        this.config = config;
        this.baseline = baseline;
        this.today = today;
    }

    /** @return the finding, with a suppression when one applies */
    public Finding apply(Finding finding, AuditSubject subject) {
        Optional<Suppression> s = MANDATORY.contains(finding.ruleId()) ? Optional.empty() : inSource(finding, subject);
        if (s.isEmpty()) {
            s = config.suppressions().stream().filter(e -> e.matches(finding, today)).findFirst()
                    .map(e -> new Suppression(Suppression.Kind.EXTERNAL, "audit configuration", e.reason()));
        }
        if (s.isEmpty() && baseline.contains(finding)) {
            s = Optional.of(new Suppression(Suppression.Kind.BASELINE, "baseline", ""));
        }
        return s.map(finding::withSuppression).orElse(finding);
    }

    private Optional<Suppression> inSource(Finding finding, AuditSubject subject) {
        if (subject == null) {
            return Optional.empty();
        }
        if (finding.stateName() != null) {
            Optional<State> state = subject.machine().findState(finding.stateName());
            Optional<String> reason = state.flatMap(st -> directive(st.comment(), finding.ruleId()));
            if (reason.isPresent()) {
                return Optional.of(new Suppression(Suppression.Kind.IN_SOURCE,
                        "Comment of state '" + finding.stateName() + "'", reason.get()));
            }
        }
        Optional<String> machine = directive(subject.machine().comment(), finding.ruleId());
        if (machine.isPresent()) {
            return Optional.of(new Suppression(Suppression.Kind.IN_SOURCE, "Comment of the state machine", machine.get()));
        }
        return subject.extra(TemplateContext.class).flatMap(t -> metadata(t, finding));
    }

    /** @return the reason of a directive for {@code ruleId} in {@code comment} */
    static Optional<String> directive(String comment, String ruleId) {
        if (comment == null) {
            return Optional.empty();
        }
        Matcher m = DIRECTIVE.matcher(comment);
        while (m.find()) {
            String rule = m.group(1);
            boolean matches = rule.endsWith("*") ? ruleId.startsWith(rule.substring(0, rule.length() - 1)) : rule.equals(ruleId);
            if (matches) {
                return Optional.of(m.group(2).strip());
            }
        }
        return Optional.empty();
    }

    private static Optional<Suppression> metadata(TemplateContext template, Finding finding) {
        Optional<Suppression> own = entries(template.suppressions(), finding, false,
                "Metadata of " + template.logicalId());
        return own.isPresent() ? own : entries(template.templateSuppress(), finding, true, "template Metadata");
    }

    private static Optional<Suppression> entries(JsonNode list, Finding finding, boolean templateLevel, String origin) {
        if (list == null) {
            return Optional.empty();
        }
        for (JsonNode e : list) {
            String rule = e.path("rule").asText("");
            String reason = e.path("reason").asText("");
            boolean ruleMatches = rule.endsWith("*") ? finding.ruleId().startsWith(rule.substring(0, rule.length() - 1))
                    : rule.equals(finding.ruleId());
            boolean machine = !templateLevel || !e.has("machine") || e.path("machine").asText().equals(finding.machine());
            boolean state = !e.has("state") || e.path("state").asText().equals(finding.stateName());
            if (ruleMatches && machine && state && !reason.isBlank()) {
                return Optional.of(new Suppression(Suppression.Kind.IN_SOURCE, origin, reason));
            }
        }
        return Optional.empty();
    }
}
