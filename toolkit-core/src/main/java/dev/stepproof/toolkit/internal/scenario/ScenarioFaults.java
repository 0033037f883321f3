package dev.stepproof.toolkit.internal.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.FaultPlan;
import dev.stepproof.toolkit.spi.TaskInvoker;

import java.time.Duration;

/** Turns a case's {@code faults} and {@code chaos} blocks into a {@link FaultPlan} around its invoker. */
final class ScenarioFaults {
    private ScenarioFaults() {
    }

    static TaskInvoker around(ScenarioCase c, TaskInvoker invoker) {
        boolean chaos = c.chaos() != null && !c.chaos().isNull();
        if ((c.faults() == null || c.faults().isEmpty()) && !chaos) {
            return invoker;
        }
        FaultPlan plan = chaos ? FaultPlan.chaos(c.chaos().path("seed").asLong()) : FaultPlan.empty();
        for (JsonNode fault : iterable(c.faults())) {
            JsonNode attempts = fault.path("attempts");
            if (attempts.isArray() && !attempts.isEmpty()) {
                for (JsonNode a : attempts) {
                    plan = apply(target(plan, fault).attempt(a.asInt()), fault);
                }
            } else {
                plan = apply(target(plan, fault).everyAttempt(), fault);
            }
        }
        if (chaos) {
            for (JsonNode rule : iterable(c.chaos().path("rules"))) {
                plan = apply(target(plan, rule).everyAttempt().withProbability(rule.path("probability").asDouble()), rule);
            }
        }
        return plan.around(invoker);
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        return node == null || !node.isArray() ? java.util.List.of() : node;
    }

    private static FaultPlan.Target target(FaultPlan plan, JsonNode rule) {
        return rule.hasNonNull("state") ? plan.onState(rule.get("state").asText())
                : plan.onResource(rule.path("resource").asText("*"));
    }

    private static FaultPlan apply(FaultPlan.Target target, JsonNode rule) {
        String error = rule.hasNonNull("error") ? rule.get("error").asText() : null;
        String cause = rule.hasNonNull("cause") ? rule.get("cause").asText() : null;
        return switch (rule.path("type").asText()) {
            case "fail" -> target.fail(error == null ? "StepProof.InjectedFault" : error, cause);
            case "throttle" -> target.throttle();
            case "timeout" -> target.timeOut();
            case "latency" -> target.latency(Duration.ofMillis(Math.round(rule.path("seconds").asDouble() * 1000)));
            case "stopHeartbeats" -> target.stopHeartbeats();
            default -> error == null ? target.loseResponse() : target.loseResponse(error, cause);
        };
    }
}
