package dev.stepproof.toolkit.internal.audit.rules;

import dev.stepproof.toolkit.audit.AuditSeverity;
import dev.stepproof.toolkit.audit.AuditSubject;
import dev.stepproof.toolkit.audit.Finding;
import dev.stepproof.toolkit.model.MapState;
import dev.stepproof.toolkit.model.ProcessorConfig;
import dev.stepproof.toolkit.model.State;
import dev.stepproof.toolkit.model.TaskState;

import java.util.ArrayList;
import java.util.List;

/**
 * RES-012: a Map without MaxConcurrency over Tasks (inline: unlimited; distributed: up to 10,000 children),
 * which throttles the called services; for a distributed Map also without tolerated failures.
 */
final class MapConcurrencyRule extends RuleBase {

    MapConcurrencyRule() {
        super("RES-012", AuditSeverity.MEDIUM, "Map without MaxConcurrency over Tasks",
                "Without MaxConcurrency a Map starts as many iterations as it can; the Lambda functions, tables and APIs "
                        + "its Tasks call are throttled and the Map fails. Set an explicit concurrency.");
    }

    @Override
    public List<Finding> check(AuditSubject subject) {
        List<Finding> out = new ArrayList<>();
        for (State s : subject.machine().allStates()) {
            if (!(s instanceof MapState map) || map.processor() == null) {
                continue;
            }
            boolean unlimited = (map.maxConcurrency() == null || map.maxConcurrency().asLong().orElse(1) == 0)
                    && map.maxConcurrencyPath() == null;
            boolean callsTasks = map.processor().workflow().allStates().stream().anyMatch(x -> x instanceof TaskState);
            if (unlimited && callsTasks) {
                boolean distributed = map.mode() == ProcessorConfig.Mode.DISTRIBUTED;
                boolean tolerated = map.toleratedFailureCount() != null || map.toleratedFailurePercentage() != null
                        || map.toleratedFailureCountPath() != null || map.toleratedFailurePercentagePath() != null;
                out.add(subject.finding(this, s, s.pointer(), message(map, distributed && !tolerated), fix()));
            }
        }
        return out;
    }

    static String message(MapState map, boolean noTolerance) {
        return "Map '" + map.name() + "' runs Tasks without MaxConcurrency"
                + (noTolerance ? " and without ToleratedFailureCount/Percentage" : "") + ", so the services it calls may be throttled.";
    }

    static String fix() {
        return "Set MaxConcurrency to what the slowest called service can take (and, for a distributed Map, a tolerated failure threshold).";
    }
}
