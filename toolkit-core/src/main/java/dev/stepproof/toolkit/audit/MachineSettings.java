package dev.stepproof.toolkit.audit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.WorkflowType;

import java.util.Objects;

/**
 * The state machine resource's settings outside the definition, as a template declares them. For a bare
 * definition file they are unknown, and the rules that need them stay silent.
 *
 * @param known       whether the settings come from a template (false: nothing below is known)
 * @param type        STANDARD or EXPRESS, never null
 * @param logging     {@code LoggingConfiguration}, or null when absent
 * @param tracing     {@code TracingConfiguration}, or null when absent
 * @param encryption  {@code EncryptionConfiguration}, or null when absent
 * @param arn         the machine's own ARN (literal, or a symbolic {@code ${Logical.Arn}}), or null when unknown
 * @since 0.1.0
 */
public record MachineSettings(boolean known, WorkflowType type, JsonNode logging, JsonNode tracing,
                              JsonNode encryption, String arn) {

    public MachineSettings {
        Objects.requireNonNull(type, "type");
    }

    /**
     * @param type the workflow type the caller declared
     * @param arn  the machine's ARN if the caller knows it, else null
     * @return settings for a bare definition: nothing known beyond the type and ARN
     */
    public static MachineSettings unknown(WorkflowType type, String arn) {
        return new MachineSettings(false, type, null, null, null, arn);
    }

    /** @return whether a LoggingConfiguration with a level other than OFF is declared */
    public boolean loggingEnabled() {
        return logging != null && !logging.path("Level").asText("OFF").equals("OFF");
    }

    /** @return whether X-Ray tracing is enabled */
    public boolean tracingEnabled() {
        return tracing != null && tracing.path("Enabled").asBoolean(false);
    }

    /** @return whether a customer-managed KMS key encrypts the machine's data */
    public boolean customerManagedKey() {
        return encryption != null && "CUSTOMER_MANAGED_KMS_KEY".equals(encryption.path("Type").asText());
    }
}
