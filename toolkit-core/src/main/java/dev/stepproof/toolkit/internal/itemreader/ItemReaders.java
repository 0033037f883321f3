package dev.stepproof.toolkit.internal.itemreader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepproof.toolkit.S3Objects;
import dev.stepproof.toolkit.internal.dataflow.StatesError;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Opens the item source an ItemReader describes, against the test's {@link S3Objects}:
 * {@code arn:aws:states:::s3:getObject} with InputType JSON, JSONL, CSV or MANIFEST (an S3 Inventory manifest, whose
 * gzipped CSV files list the objects), and {@code arn:aws:states:::s3:listObjectsV2} (one item per object, in key
 * order). A missing bucket or key fails like the S3 integration does, with {@code S3.NoSuchBucket} or
 * {@code S3.NoSuchKey}.
 */
public final class ItemReaders {
    public static final String GET_OBJECT = "arn:aws:states:::s3:getObject";
    public static final String LIST_OBJECTS = "arn:aws:states:::s3:listObjectsV2";

    /** What ReaderConfig says about the object's format. */
    public record Format(String inputType, String csvHeaderLocation, List<String> csvHeaders, String csvDelimiter) {
    }

    private ItemReaders() {
    }

    /**
     * @param parameters the evaluated Parameters / Arguments ({@code Bucket}, {@code Key} or {@code Prefix})
     * @return the open source; the caller closes it
     * @throws StatesError {@code States.ItemReaderFailed}, {@code S3.NoSuchBucket} or {@code S3.NoSuchKey}
     */
    public static ItemSource open(S3Objects store, String resource, JsonNode parameters, Format format, ObjectMapper mapper) {
        String bucket = text(parameters, "Bucket");
        if (LIST_OBJECTS.equals(resource)) {
            String prefix = parameters.path("Prefix").isTextual() ? parameters.path("Prefix").textValue() : "";
            requireBucket(store, bucket);
            return listing(store.list(bucket, prefix).iterator());
        }
        if (!GET_OBJECT.equals(resource)) {
            throw ItemSource.failed("StepProof reads items with " + GET_OBJECT + " and " + LIST_OBJECTS
                    + " only, not " + resource + ".");
        }
        String key = text(parameters, "Key");
        S3Objects.S3Object object = object(store, bucket, key);
        String type = format == null ? null : format.inputType();
        if (type == null) {
            throw ItemSource.failed("The ItemReader of s3://" + bucket + "/" + key
                    + " needs ReaderConfig.InputType (JSON, JSONL, CSV or MANIFEST).");
        }
        String where = "s3://" + bucket + "/" + key;
        return switch (type) {
            case "JSON" -> new JsonArrayItems(mapper, open(object), where);
            case "JSONL" -> new JsonLinesItems(mapper, open(object), where);
            case "CSV" -> csv(open(object), format, where);
            case "MANIFEST" -> manifest(store, mapper, object, where);
            default -> throw ItemSource.failed("StepProof cannot read InputType " + type + " (" + where
                    + "); it reads JSON, JSONL, CSV and MANIFEST.");
        };
    }

    private static ItemSource csv(InputStream in, Format format, String where) {
        char delimiter = CsvItems.delimiter(format.csvDelimiter());
        if (delimiter == 0) {
            throw ItemSource.failed("CSVDelimiter '" + format.csvDelimiter()
                    + "' is not one of COMMA, PIPE, SEMICOLON, SPACE, TAB.");
        }
        boolean given = "GIVEN".equals(format.csvHeaderLocation());
        return new CsvItems(in, delimiter, given ? format.csvHeaders() : null, where);
    }

    private static String text(JsonNode parameters, String field) {
        JsonNode value = parameters == null ? null : parameters.get(field);
        if (value == null || !value.isTextual()) {
            throw ItemSource.failed("The ItemReader's Parameters need '" + field + "' as a string, but got "
                    + (parameters == null ? "no Parameters" : parameters.toString()) + ".");
        }
        return value.textValue();
    }

    private static void requireBucket(S3Objects store, String bucket) {
        if (!store.hasBucket(bucket)) {
            throw StatesError.plain("S3.NoSuchBucket", "The specified bucket does not exist (Service: S3, Status Code: 404, "
                    + "Error Code: NoSuchBucket; Bucket: " + bucket + "). StepProof: give the object with "
                    + "ExecutionOptions.withS3Objects or the scenario's s3Objects.");
        }
    }

    private static S3Objects.S3Object object(S3Objects store, String bucket, String key) {
        requireBucket(store, bucket);
        return store.get(bucket, key).orElseThrow(() -> StatesError.plain("S3.NoSuchKey",
                "The specified key does not exist. (Service: S3, Status Code: 404, Error Code: NoSuchKey; Key: " + key
                        + "). StepProof: give the object with ExecutionOptions.withS3Objects or the scenario's s3Objects."));
    }

    private static InputStream open(S3Objects.S3Object object) {
        try {
            return object.open();
        } catch (UncheckedIOException e) {
            throw ItemSource.failed("Cannot read s3://" + object.bucket() + "/" + object.key() + ": " + e.getMessage());
        }
    }

    /** listObjectsV2 items as AWS gives them to the children: Etag (quoted MD5), Key, LastModified (epoch s), Size, StorageClass. */
    private static ItemSource listing(Iterator<S3Objects.S3Object> objects) {
        return new ItemSource() {
            @Override
            public JsonNode next() {
                if (!objects.hasNext()) {
                    return null;
                }
                S3Objects.S3Object o = objects.next();
                ObjectNode item = JsonNodeFactory.instance.objectNode();
                long[] size = {0};
                item.put("Etag", "\"" + md5(o, size) + "\"");
                item.put("Key", o.key());
                item.put("LastModified", o.lastModified().getEpochSecond());
                item.put("Size", o.size() >= 0 ? o.size() : size[0]);
                item.put("StorageClass", o.storageClass());
                return item;
            }

            @Override
            public void close() {
                // nothing open between items
            }
        };
    }

    private static String md5(S3Objects.S3Object object, long[] size) {
        try (InputStream in = open(object)) {
            MessageDigest md = MessageDigest.getInstance("MD5");
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                md.update(buffer, 0, n);
                size[0] += n;
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw ItemSource.failed("Cannot read s3://" + object.bucket() + "/" + object.key() + ": " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every Java platform", e);
        }
    }

    /**
     * An S3 Inventory manifest: {@code files[].key} are gzipped CSV files in the destination bucket whose columns
     * {@code fileSchema} names; each row is an item keyed by those names (e.g. {@code {"Bucket": ..., "Key": ...}}).
     */
    private static ItemSource manifest(S3Objects store, ObjectMapper mapper, S3Objects.S3Object object, String where) {
        JsonNode manifest;
        try (InputStream in = open(object)) {
            manifest = mapper.readTree(in);
        } catch (IOException e) {
            throw ItemSource.failed("The manifest " + where + " is not valid JSON: " + e.getMessage());
        }
        if (!"CSV".equals(manifest.path("fileFormat").asText()) || !manifest.path("files").isArray()) {
            throw ItemSource.failed("The manifest " + where + " must be an S3 Inventory manifest with fileFormat CSV "
                    + "and a files array.");
        }
        List<String> schema = new ArrayList<>();
        for (String column : manifest.path("fileSchema").asText().split(",")) {
            schema.add(column.trim());
        }
        String destination = manifest.path("destinationBucket").asText().replaceFirst("^arn:aws:s3:::", "");
        Iterator<JsonNode> files = manifest.path("files").iterator();
        return new ItemSource() {
            private ItemSource current;

            @Override
            public JsonNode next() {
                while (true) {
                    if (current != null) {
                        JsonNode item = current.next();
                        if (item != null) {
                            return item;
                        }
                        current.close();
                        current = null;
                    }
                    if (!files.hasNext()) {
                        return null;
                    }
                    String key = files.next().path("key").asText();
                    S3Objects.S3Object file = object(store, destination, key);
                    try {
                        InputStream in = open(file);
                        current = new CsvItems(key.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in, ',', schema,
                                "s3://" + destination + "/" + key);
                    } catch (IOException e) {
                        throw ItemSource.failed("Cannot read inventory file s3://" + destination + "/" + key + ": " + e.getMessage());
                    }
                }
            }

            @Override
            public void close() {
                if (current != null) {
                    current.close();
                }
            }
        };
    }
}
