package dev.stepproof.toolkit.internal.itemreader;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;

/**
 * InputType JSON: the object is one JSON array whose elements are the items. The array is streamed element by
 * element with Jackson's parser, never read whole. A top level that is no array fails as AWS recorded it:
 * {@code Attempting to map over non-iterable node.}
 */
final class JsonArrayItems implements ItemSource {
    static final String NOT_ITERABLE = "Attempting to map over non-iterable node.";
    private final JsonParser parser;
    private final String where;
    private boolean started;
    private boolean ended;

    JsonArrayItems(ObjectMapper mapper, InputStream in, String where) {
        this.where = where;
        try {
            this.parser = mapper.createParser(in);
        } catch (IOException e) {
            throw ItemSource.failed("Cannot read " + where + ": " + e.getMessage());
        }
    }

    @Override
    public JsonNode next() {
        if (ended) {
            return null;
        }
        try {
            if (!started) {
                started = true;
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    throw ItemSource.failed(NOT_ITERABLE);
                }
            }
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY || token == null) {
                ended = true;
                return null;
            }
            return parser.readValueAsTree();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ItemSource.failed("The JSON in " + where + " is malformed: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ItemSource.failed("Cannot read " + where + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // closing a read-only stream: nothing to recover
        }
    }

}
