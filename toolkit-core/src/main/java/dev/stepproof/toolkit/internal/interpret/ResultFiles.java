package dev.stepproof.toolkit.internal.interpret;

import dev.stepproof.toolkit.internal.text.JsonText;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionStatus;
import dev.stepproof.toolkit.S3Output;
import dev.stepproof.toolkit.internal.dataflow.StatesError;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A ResultWriter's files for one Map Run, in AWS's layout: {@code <Prefix>/<map run id>/SUCCEEDED_0.json},
 * {@code FAILED_0.json}, {@code PENDING_0.json} (each written only when it has entries, streamed as children end) and
 * {@code manifest.json} ({@code DestinationBucket}, {@code MapRunArn}, {@code ResultFiles} with each file's
 * {@code Key} and {@code Size}). Entries are, with Transformation NONE (the default), child execution descriptors
 * ({@code ExecutionArn}, {@code Input}, {@code Output} or {@code Error}/{@code Cause} as JSON text, {@code Status},
 * dates, …); with COMPACT the outputs (error outputs for failures); with FLATTEN array outputs are spread into
 * their elements. OutputType JSON writes an array, JSONL one entry per line.
 */
final class ResultFiles {
    enum Transformation { NONE, COMPACT, FLATTEN }

    private final S3Output output;
    private final String bucket;
    private final String folder;
    private final String mapRunArn;
    private final boolean jsonLines;
    private final Transformation transformation;
    private final String stateMachineArn;
    private final File succeeded = new File("SUCCEEDED");
    private final File failed = new File("FAILED");
    private final File pending = new File("PENDING");

    ResultFiles(S3Output output, String bucket, String prefix, String mapRunId, String mapRunArn, boolean jsonLines,
                Transformation transformation, String stateMachineArn) {
        this.output = output;
        this.bucket = bucket;
        String p = prefix == null || prefix.isEmpty() ? "" : prefix.endsWith("/") ? prefix : prefix + "/";
        this.folder = p + mapRunId + "/";
        this.mapRunArn = mapRunArn;
        this.jsonLines = jsonLines;
        this.transformation = transformation;
        this.stateMachineArn = stateMachineArn;
    }

    /** One file of a status, opened on its first entry. */
    private final class File {
        private final String status;
        private OutputStream stream;
        private JsonGenerator generator;

        File(String status) {
            this.status = status;
        }

        String key() {
            return folder + status + "_0." + (jsonLines ? "jsonl" : "json");
        }

        void write(JsonNode entry) {
            try {
                if (generator == null) {
                    stream = output.create(bucket, key());
                    generator = Json.MAPPER.getFactory().createGenerator(stream);
                    generator.setRootValueSeparator(null);
                    if (!jsonLines) {
                        generator.writeStartArray();
                    }
                }
                generator.writeTree(entry);
                if (jsonLines) {
                    generator.writeRaw('\n');
                }
            } catch (IOException | UncheckedIOException e) {
                throw StatesError.plain("States.ResultWriterFailed", "Cannot write s3://" + bucket + "/" + key() + ": "
                        + e.getMessage());
            }
        }

        void close(ArrayNode files) {
            if (generator == null) {
                return;
            }
            try {
                if (!jsonLines) {
                    generator.writeEndArray();
                }
                generator.close();
                stream.close();
            } catch (IOException e) {
                throw StatesError.plain("States.ResultWriterFailed", "Cannot write s3://" + bucket + "/" + key() + ": "
                        + e.getMessage());
            }
            files.addObject().put("Key", key()).put("Size", output.size(bucket, key()));
        }
    }

    void ended(String childName, String childArn, JsonNode input, Execution e) {
        File file = e.status() == ExecutionStatus.SUCCEEDED ? succeeded : e.status() == ExecutionStatus.ABORTED ? pending : failed;
        if (transformation == Transformation.NONE) {
            file.write(descriptor(childName, childArn, input, e));
            return;
        }
        JsonNode value = e.status() == ExecutionStatus.SUCCEEDED ? e.output() : errorOutput(e);
        if (transformation == Transformation.FLATTEN && value != null && value.isArray()) {
            value.forEach(file::write);
        } else {
            file.write(value);
        }
    }

    static ObjectNode errorOutput(Execution e) {
        ObjectNode error = Json.NODES.objectNode();
        error.put("Error", e.error());
        error.put("Cause", e.cause());
        return error;
    }

    private ObjectNode descriptor(String childName, String childArn, JsonNode input, Execution e) {
        ObjectNode d = Json.NODES.objectNode();
        d.put("ExecutionArn", childArn);
        d.put("Input", input == null ? null : JsonText.compact(input));
        d.putObject("InputDetails").put("Included", true);
        d.put("Name", childName);
        if (e.status() == ExecutionStatus.SUCCEEDED) {
            d.put("Output", JsonText.compact(e.output()));
            d.putObject("OutputDetails").put("Included", true);
            d.put("RedriveCount", 0);
            d.put("RedriveStatus", "NOT_REDRIVABLE");
            d.put("RedriveStatusReason", "Execution is SUCCEEDED and cannot be redriven");
        } else {
            if (e.error() != null) {
                d.put("Error", e.error());
            }
            if (e.cause() != null) {
                d.put("Cause", e.cause());
            }
            d.put("RedriveCount", 0);
            d.put("RedriveStatus", "REDRIVABLE_BY_MAP_RUN");
        }
        d.put("StartDate", Json.iso(e.startTime().toEpochMilli()));
        d.put("StateMachineArn", stateMachineArn);
        d.put("Status", e.status().name());
        d.put("StopDate", Json.iso(e.stopTime().toEpochMilli()));
        return d;
    }

    /** Closes the result files, writes manifest.json and returns the Map's result AWS gives with a ResultWriter. */
    ObjectNode finish() {
        ObjectNode manifest = Json.NODES.objectNode();
        manifest.put("DestinationBucket", bucket);
        manifest.put("MapRunArn", mapRunArn);
        ObjectNode files = manifest.putObject("ResultFiles");
        failed.close(files.putArray("FAILED"));
        pending.close(files.putArray("PENDING"));
        succeeded.close(files.putArray("SUCCEEDED"));
        String key = folder + "manifest.json";
        try (OutputStream out = output.create(bucket, key)) {
            out.write(Json.MAPPER.writeValueAsBytes(manifest));
        } catch (IOException | UncheckedIOException e) {
            throw StatesError.plain("States.ResultWriterFailed", "Cannot write s3://" + bucket + "/" + key + ": " + e.getMessage());
        }
        ObjectNode result = Json.NODES.objectNode();
        result.put("MapRunArn", mapRunArn);
        result.putObject("ResultWriterDetails").put("Bucket", bucket).put("Key", key);
        return result;
    }
}
