package dev.stepproof.junit.allure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.StepResult;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes {@link StepNode}s as Allure steps with attachments. The only class of StepProof that names Allure
 * types: {@link StepProofAllure} loads it only after checking Allure is on the class path.
 */
final class AllureWriter {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final AllureLifecycle lifecycle;

    private AllureWriter(AllureLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    /** @return whether a test case or step was running to attach to (else nothing is written) */
    static boolean write(StepNode execution, String svg, JsonNode history) {
        AllureLifecycle lifecycle = io.qameta.allure.Allure.getLifecycle();
        Optional<String> parent = lifecycle.getCurrentTestCaseOrStep();
        if (parent.isEmpty()) {
            return false;
        }
        new AllureWriter(lifecycle).step(parent.get(), execution, svg, history);
        return true;
    }

    /** Attachments go to the innermost running step: this one until its children start, and again after they stop. */
    private void step(String parentUuid, StepNode node, String svg, JsonNode history) {
        String uuid = UUID.randomUUID().toString();
        lifecycle.startStep(parentUuid, uuid, new StepResult().setName(node.name()));
        try {
            if (svg != null) {
                lifecycle.addAttachment("State machine path", "image/svg+xml", "svg", svg.getBytes(StandardCharsets.UTF_8));
            }
            attachJson("Input", node.input());
            attachJson("Output", node.output());
            if (history != null) {
                attachJson("Execution history", history);
            }
            for (StepNode child : node.children()) {
                step(uuid, child, null, null);
            }
            lifecycle.updateStep(uuid, result -> {
                result.setStatus(status(node.outcome()));
                if (node.message() != null) {
                    result.setStatusDetails(new StatusDetails().setMessage(node.message()));
                }
            });
        } finally {
            lifecycle.stopStep(uuid);
        }
    }

    private void attachJson(String name, JsonNode json) {
        if (json == null) {
            return;
        }
        try {
            lifecycle.addAttachment(name, "application/json", "json", JSON.writeValueAsBytes(json));
        } catch (JsonProcessingException e) {
            lifecycle.addAttachment(name, "text/plain", "txt", json.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Status status(StepNode.Outcome outcome) {
        return switch (outcome) {
            case PASSED -> Status.PASSED;
            case BROKEN -> Status.BROKEN;
            case FAILED -> Status.FAILED;
            case SKIPPED -> Status.SKIPPED;
        };
    }
}
