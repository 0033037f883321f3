package dev.stepproof.toolkit.internal.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.SourcePosition;

/**
 * One case of a scenario file, as written: the parts the runner turns into mocks and faults stay JSON.
 *
 * @param name               the case's name, unique in its file
 * @param position           where the case starts in the file (for IDE navigation and messages)
 * @param pointer            the case's JSON Pointer in the file
 * @param input              the execution input ({@code {}} when absent)
 * @param mockConfigTestCase a MockConfigFile test case answering the tasks, or null
 * @param mocks              responses per state name, or null
 * @param faults             fault rules, or null
 * @param chaos              chaos settings, or null
 * @param callbacks          the callbacks answering .waitForTaskToken tasks, checked by the reader; never null
 * @param seed               the execution's random seed, or null for 0
 * @param expect             the expectations, or null (then only "no crash" is checked)
 * @param s3Objects          the S3 objects ItemReaders read (files resolved against the scenario's folder), or null
 */
public record ScenarioCase(String name, SourcePosition position, String pointer, JsonNode input,
                           String mockConfigTestCase, JsonNode mocks, JsonNode faults, JsonNode chaos, Long seed,
                           JsonNode expect, dev.stepproof.toolkit.S3Objects s3Objects,
                           dev.stepproof.toolkit.Callbacks callbacks) {
}
