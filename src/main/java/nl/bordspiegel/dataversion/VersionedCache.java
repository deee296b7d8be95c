package nl.bordspiegel.dataversion;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Keeps what was computed from a school's data until that data changes: an entry is used only
 * while the school's {@link DataVersions version} is the one it was computed at, so a change
 * on any node makes every node compute afresh. The key says what else the value depends on
 * (whose, which window, which day). Memory is bounded: the least recently used entries go.
 */
@Component
public class VersionedCache {

    /** About a school's leaders times windows, with room for several schools. */
    static final int MAX_ENTRIES = 512;

    private final DataVersions versions;
    private final Map<Key, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    VersionedCache(DataVersions versions) {
        this.versions = versions;
    }

    /** The value for this key at the school's current version, computed only when there is none. */
    @SuppressWarnings("unchecked")
    public <T> T get(long schoolId, Object key, Supplier<T> compute) {
        long version = versions.of(schoolId);
        Key full = new Key(schoolId, key);
        synchronized (entries) {
            Entry cached = entries.get(full);
            if (cached != null && cached.version() == version) {
                return (T) cached.value();
            }
        }
        // Computed outside the lock: two screens asking at once may both compute, never wait on each other.
        T value = compute.get();
        synchronized (entries) {
            entries.put(full, new Entry(version, value));
        }
        return value;
    }

    /**
     * Forgets everything: for a database emptied under the running app (the tests' fresh
     * database restarts ids and versions, so an old entry could look current again).
     */
    public void forgetAll() {
        synchronized (entries) {
            entries.clear();
        }
    }

    private record Key(long schoolId, Object key) {
    }

    private record Entry(long version, Object value) {
    }
}
