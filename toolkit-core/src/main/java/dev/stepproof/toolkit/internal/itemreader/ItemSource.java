package dev.stepproof.toolkit.internal.itemreader;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepproof.toolkit.internal.dataflow.StatesError;

/**
 * Items of a distributed Map, one at a time: an S3 object's records read as they are needed, or an array already
 * in memory. Never holds more than the current item, so a Map over a huge object runs in bounded memory.
 */
public interface ItemSource extends AutoCloseable {

    /** AWS's error for everything that goes wrong while reading items (ASL-SEMANTICS §1.4). */
    String ITEM_READER_FAILED = "States.ItemReaderFailed";

    /**
     * @return the next item, or null when there are no more
     * @throws StatesError {@code States.ItemReaderFailed} when the object cannot be read or parsed
     */
    JsonNode next();

    /** Releases the object's stream; never throws. */
    @Override
    void close();

    /** @return an {@code States.ItemReaderFailed} error with {@code cause} (no state prefix, as AWS records it) */
    static StatesError failed(String cause) {
        return StatesError.plain(ITEM_READER_FAILED, cause);
    }

    /** @return a source over the elements of an array in memory */
    static ItemSource of(JsonNode array) {
        return new ItemSource() {
            private int next;

            @Override
            public JsonNode next() {
                return next < array.size() ? array.get(next++) : null;
            }

            @Override
            public void close() {
                // nothing to release
            }
        };
    }

    /** @return this source cut after {@code max} items ({@code max} 0: no limit) */
    default ItemSource limit(long max) {
        if (max <= 0) {
            return this;
        }
        ItemSource inner = this;
        return new ItemSource() {
            private long read;

            @Override
            public JsonNode next() {
                if (read >= max) {
                    return null;
                }
                JsonNode item = inner.next();
                if (item != null) {
                    read++;
                }
                return item;
            }

            @Override
            public void close() {
                inner.close();
            }
        };
    }
}
