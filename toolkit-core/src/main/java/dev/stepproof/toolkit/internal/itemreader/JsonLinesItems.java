package dev.stepproof.toolkit.internal.itemreader;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** InputType JSONL: one JSON value per line; blank lines are skipped. Read line by line. */
final class JsonLinesItems implements ItemSource {
    private final ObjectMapper mapper;
    private final BufferedReader reader;
    private final String where;
    private long line;

    JsonLinesItems(ObjectMapper mapper, InputStream in, String where) {
        this.mapper = mapper;
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        this.where = where;
    }

    @Override
    public JsonNode next() {
        try {
            String text;
            while ((text = reader.readLine()) != null) {
                line++;
                if (!text.isBlank()) {
                    return mapper.readTree(text);
                }
            }
            return null;
        } catch (JsonProcessingException e) {
            throw ItemSource.failed("Line " + line + " of " + where + " is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ItemSource.failed("Cannot read " + where + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException ignored) {
            // closing a read-only stream: nothing to recover
        }
    }
}
