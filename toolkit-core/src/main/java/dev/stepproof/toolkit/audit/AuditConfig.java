package dev.stepproof.toolkit.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Project settings for the auditor, usually read from a JSON file ({@code stepproof-audit.json}):
 *
 * <pre>{@code
 * {
 *   "version": 1,
 *   "failOnSeverity": "HIGH",
 *   "disabledRules": ["RES-004"],
 *   "severityOverrides": {"OBS-004": "INFO"},
 *   "thresholds": {"retryMaxAttempts": 5, "entropyBase64": 4.5, "entropyHex": 3.0},
 *   "suppressions": [
 *     {"rule": "IAM-003", "machine": "OrderFlow", "state": "Charge", "reason": "payment gateway ARN is per tenant",
 *      "expires": "2027-06-30"}
 *   ]
 * }
 * }</pre>
 *
 * @param failOnSeverity    the lowest severity that fails the gate; empty means never fail (default HIGH)
 * @param disabledRules     rule ids not run at all
 * @param severityOverrides rule id → severity for all of that rule's findings
 * @param thresholds        numeric knobs of the built-in rules, by name
 * @param suppressions      findings to accept, each with a reason
 * @since 0.1.0
 */
public record AuditConfig(Optional<AuditSeverity> failOnSeverity, Set<String> disabledRules,
                          Map<String, AuditSeverity> severityOverrides, Map<String, Double> thresholds,
                          List<Suppress> suppressions) {

    /**
     * One suppression entry. Unset (null) criteria match anything; {@code rule} may end with {@code *}.
     *
     * @param rule    rule id or prefix pattern ({@code OBS-*}), never null
     * @param machine state machine name (template logical id or definition file name), or null
     * @param state   state name, or null
     * @param pointer JSON Pointer prefix in the reported file, or null
     * @param file    the reported file must end with this text, or null
     * @param reason  why the finding is accepted, never blank
     * @param expires last day the suppression applies, or null for no end
     * @since 0.1.0
     */
    public record Suppress(String rule, String machine, String state, String pointer, String file, String reason,
                           LocalDate expires) {

        public Suppress {
            Objects.requireNonNull(rule, "rule");
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("Suppression of [" + rule + "] needs a reason");
            }
        }

        /**
         * @param finding never null
         * @param today   the date expiry is judged against
         * @return whether this entry applies to {@code finding}
         */
        public boolean matches(Finding finding, LocalDate today) {
            boolean ruleMatches = rule.endsWith("*") ? finding.ruleId().startsWith(rule.substring(0, rule.length() - 1))
                    : finding.ruleId().equals(rule);
            return ruleMatches
                    && (expires == null || !today.isAfter(expires))
                    && (machine == null || machine.equals(finding.machine()))
                    && (state == null || state.equals(finding.stateName()))
                    && (pointer == null || finding.location().pointer().startsWith(pointer))
                    && (file == null || finding.location().source().replace('\\', '/').endsWith(file));
        }
    }

    public AuditConfig {
        disabledRules = Set.copyOf(disabledRules);
        severityOverrides = Map.copyOf(severityOverrides);
        thresholds = Map.copyOf(thresholds);
        suppressions = List.copyOf(suppressions);
    }

    /** @return the defaults: fail on HIGH, all rules, no suppressions */
    public static AuditConfig defaults() {
        return new AuditConfig(Optional.of(AuditSeverity.HIGH), Set.of(), Map.of(), Map.of(), List.of());
    }

    /** @return a copy with {@code failOnSeverity}; null means never fail */
    public AuditConfig withFailOnSeverity(AuditSeverity severity) {
        return new AuditConfig(Optional.ofNullable(severity), disabledRules, severityOverrides, thresholds, suppressions);
    }

    /** @return a copy with one more suppression */
    public AuditConfig withSuppression(Suppress suppress) {
        List<Suppress> list = new ArrayList<>(suppressions);
        list.add(suppress);
        return new AuditConfig(failOnSeverity, disabledRules, severityOverrides, thresholds, list);
    }

    /**
     * @param name     a threshold name
     * @param fallback its default
     * @return the configured value or {@code fallback}
     */
    public double threshold(String name, double fallback) {
        return thresholds.getOrDefault(name, fallback);
    }

    /**
     * Reads a configuration file.
     *
     * @param file the JSON file, never null
     * @return the configuration
     * @throws IOException              when the file cannot be read or is not JSON
     * @throws IllegalArgumentException when a value is invalid (the message names it)
     */
    public static AuditConfig read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("Audit configuration [" + file + "] must be a JSON object");
        }
        Optional<AuditSeverity> failOn = Optional.of(AuditSeverity.HIGH);
        if (root.has("failOnSeverity")) {
            String value = root.get("failOnSeverity").asText();
            failOn = value.equalsIgnoreCase("NONE") ? Optional.empty() : Optional.of(severity(value, "failOnSeverity"));
        }
        Set<String> disabled = new LinkedHashSet<>();
        root.path("disabledRules").forEach(n -> disabled.add(n.asText()));
        Map<String, AuditSeverity> overrides = new LinkedHashMap<>();
        root.path("severityOverrides").properties().forEach(e ->
                overrides.put(e.getKey(), severity(e.getValue().asText(), "severityOverrides." + e.getKey())));
        Map<String, Double> thresholds = new LinkedHashMap<>();
        root.path("thresholds").properties().forEach(e -> thresholds.put(e.getKey(), e.getValue().asDouble()));
        List<Suppress> suppressions = new ArrayList<>();
        for (JsonNode s : root.path("suppressions")) {
            suppressions.add(new Suppress(text(s, "rule"), text(s, "machine"), text(s, "state"), text(s, "pointer"),
                    text(s, "file"), text(s, "reason"), date(text(s, "expires"))));
        }
        return new AuditConfig(failOn, disabled, overrides, thresholds, suppressions);
    }

    private static AuditSeverity severity(String value, String field) {
        return AuditSeverity.parse(value).orElseThrow(() -> new IllegalArgumentException(
                "Audit configuration field [" + field + "] must be one of CRITICAL, HIGH, MEDIUM, LOW, INFO"
                        + (field.equals("failOnSeverity") ? ", NONE" : "") + ", but was [" + value + "]"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Suppression expiry must be a date like 2027-06-30, but was [" + text + "]", e);
        }
    }
}
