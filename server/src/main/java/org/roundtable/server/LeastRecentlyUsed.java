package org.roundtable.server;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bounded maps the server keeps in memory (chain heads, cached partnerships, remembered passwords):
 * at most a given number of entries, the least recently used dropped first. Not thread-safe: each owner
 * guards its map.
 */
public final class LeastRecentlyUsed {

    private LeastRecentlyUsed() {
    }

    /** An empty map that holds at most {@code capacity} entries. */
    public static <K, V> Map<K, V> map(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("A bounded map holds at least 1 entry, not " + capacity);
        }
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }
}
