package dev.stepproof.toolkit.internal.jsonata;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The reserved variable {@code $states} of one evaluation (ASL-SEMANTICS §3.2): {@code input}, {@code result}
 * and {@code errorOutput} where the state defines them, and {@code context}. Each member becomes a view only
 * when the expression reads it.
 */
final class StatesView extends AbstractMap<String, Object> {
    private final JsonataScope scope;

    StatesView(JsonataScope scope) {
        this.scope = scope;
    }

    @Override
    public Object get(Object key) {
        JsonNode member = member(key);
        return member == null ? null : JsonViews.of(member);
    }

    @Override
    public boolean containsKey(Object key) {
        return member(key) != null;
    }

    private JsonNode member(Object key) {
        if (!(key instanceof String)) {
            return null;
        }
        switch ((String) key) {
            case "input":
                return scope.statesInput();
            case "result":
                return scope.statesResult();
            case "errorOutput":
                return scope.statesErrorOutput();
            case "context":
                return scope.statesContext();
            default:
                return null;
        }
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        List<Entry<String, Object>> entries = new ArrayList<>(4);
        for (String key : new String[]{"input", "result", "errorOutput", "context"}) {
            JsonNode member = member(key);
            if (member != null) {
                entries.add(new SimpleImmutableEntry<>(key, JsonViews.of(member)));
            }
        }
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return entries.iterator();
            }

            @Override
            public int size() {
                return entries.size();
            }
        };
    }
}
