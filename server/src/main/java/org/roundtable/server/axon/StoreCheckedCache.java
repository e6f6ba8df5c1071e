package org.roundtable.server.axon;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Objects;
import java.util.function.BiPredicate;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The cache of loaded partnerships: a partnership is served from memory only while the event store holds
 * no later event of it than the cached one, so that a write by another server instance is never missed.
 *
 * <p>Axon's caching repository trusts whatever its cache answers; with several instances, one would then
 * decide on a partnership as it was before another instance's write. Here a lookup asks whether the entry is
 * current ({@link AppendReceipts#isCurrent}): either its version is the partnership's last sequence in the
 * store (as the write read it with its turn, or one indexed query, in the command's transaction), or the write
 * decides on the cache and confirms that in turn afterwards (its events on the store's unique key, a write
 * that appends nothing by the turn's read). An entry that is not current is dropped, so that the repository
 * loads the partnership from its snapshot and events instead. A write that commits between that query and
 * the command's own append still loses the race for the sequence, as without a cache, and Axon evicts the
 * entry when the command rolls back. At most {@code capacity} partnerships are kept (Caffeine's size-bounded
 * cache chooses which to drop).
 */
final class StoreCheckedCache implements Cache {

    private final com.github.benmanes.caffeine.cache.Cache<Object, Object> entries;
    private final BiPredicate<String, Long> current;

    /**
     * @param capacity partnerships kept at most
     * @param current  whether an aggregate whose last event has the given sequence number may be decided on
     */
    StoreCheckedCache(int capacity, BiPredicate<String, Long> current) {
        this.current = current;
        // Evictions on the caller's thread: the bound holds as soon as a put returns.
        this.entries = Caffeine.newBuilder()
                .maximumSize(capacity)
                .executor(Runnable::run)
                .build();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object entry = entries.getIfPresent(key);
        if (entry == null) {
            return null;
        }
        Long cached = versionOf(entry);
        if (cached == null || !current.test(key.toString(), cached)) {
            entries.asMap().remove(key, entry);
            return null;
        }
        return (V) entry;
    }

    /**
     * The sequence number of the last event applied to a cached aggregate; null if the entry does not
     * carry its live aggregate (never so for an entry that stayed in memory).
     */
    private static Long versionOf(Object entry) {
        if (!(entry instanceof AggregateCacheEntry<?> cached)) {
            return null;
        }
        // An entry made in this JVM hands back the aggregate it was made of without using any argument.
        EventSourcedAggregate<?> aggregate = cached.recreateAggregate(null, null, null, null);
        return aggregate == null ? null : aggregate.version();
    }

    @Override
    public void put(Object key, Object value) {
        entries.put(Objects.requireNonNull(key), Objects.requireNonNull(value));
        forgetUnlessCommitted(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        boolean put = entries.asMap().putIfAbsent(Objects.requireNonNull(key), Objects.requireNonNull(value)) == null;
        if (put) {
            forgetUnlessCommitted(key, value);
        }
        return put;
    }

    /**
     * Drops the entry if the transaction it was put in does not commit. Axon puts a partnership here when the
     * command's unit of work commits, which only joins the write's transaction, and evicts it only when the
     * unit of work rolls back. A write whose events are refused at its commit ({@link HeldAppend}: another
     * writer stored an event at their sequence first) would leave an entry holding events the store never
     * got, at the very length the store then has, which the check against the store cannot tell.
     */
    private void forgetUnlessCommitted(Object key, Object value) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    entries.asMap().remove(key, value);
                }
            }
        });
    }

    @Override
    public boolean remove(Object key) {
        return entries.asMap().remove(key) != null;
    }

    @Override
    public void removeAll() {
        entries.invalidateAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.asMap().containsKey(key);
    }

    /** Nobody listens: the repository is the cache's only user. */
    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        throw new UnsupportedOperationException("StoreCheckedCache has no entry listeners");
    }
}
