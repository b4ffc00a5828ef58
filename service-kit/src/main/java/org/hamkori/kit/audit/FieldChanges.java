package org.hamkori.kit.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The fields a write changed, {@code {field: [before, after]}}, and which of them are personal. The aggregate's own
 * fields are named as they are ({@code status}); a field of another entity the write touched (a member of a group) is
 * named after that entity and its id ({@code member[3f2a…].fullName}), so that a change says which one it concerns.
 * Values are kept as JSON shows them: text, numbers, booleans, lists, and {@code null}.
 */
public final class FieldChanges {

    private final Map<String, List<Object>> changes = new TreeMap<>();
    private final TreeSet<String> personal = new TreeSet<>();

    /**
     * Adds what changed between two states of one entity.
     *
     * @param prefix   empty for the aggregate itself, else the entity's name and id, e.g. {@code member[…]}
     * @param before   the state before the write; {@code null} for an entity the write created
     * @param after    the state after the write
     * @param fields   which fields to compare, and which of them are personal
     */
    void compare(String prefix, Map<String, Object> before, Map<String, Object> after, AuditedFields fields) {
        for (Map.Entry<String, Object> field : after.entrySet()) {
            String name = field.getKey();
            if (!fields.audited().contains(name)) {
                continue;
            }
            Object old = before == null ? null : before.get(name);
            Object now = field.getValue();
            if (before == null ? now == null : same(old, now)) {
                continue;
            }
            String key = prefix.isEmpty() ? name : prefix + "." + name;
            changes.put(key, Arrays.asList(json(old), json(now)));
            if (fields.personal().contains(name)) {
                personal.add(key);
            }
        }
    }

    public Map<String, List<Object>> changes() {
        return Collections.unmodifiableMap(changes);
    }

    public List<String> personalFields() {
        return List.copyOf(personal);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** 37.34 and 37.340000 are the same number; arrays are compared by their elements. */
    static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.deepEquals(a, b);
    }

    /** The value as JSON carries it: dates, instants, ids and enums as their ISO or plain text. */
    static Object json(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Object[] array) {
            return json(Arrays.asList(array));
        }
        if (value instanceof Collection<?> collection) {
            List<Object> items = new ArrayList<>(collection.size());
            collection.forEach(item -> items.add(json(item)));
            return items;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> entries = new LinkedHashMap<>();
            map.forEach((k, v) -> entries.put(String.valueOf(k), json(v)));
            return entries;
        }
        return value.toString();
    }
}
