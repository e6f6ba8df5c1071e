package org.roundtable.server.checkpoints;

import java.util.ArrayList;
import java.util.List;
import org.roundtable.api.PartnershipId;
import org.roundtable.audit.tlog.CompactRange;
import org.roundtable.audit.tlog.ConsistencyProof;
import org.roundtable.audit.tlog.Hash;
import org.roundtable.audit.tlog.InclusionProof;
import org.roundtable.audit.tlog.MerkleTree;
import org.roundtable.audit.tlog.Subtree;
import org.roundtable.audit.tlog.SubtreeHash;
import org.roundtable.server.read.StreamSequence;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each partnership's RFC 9162 tree of events, kept in {@link MerkleNodes} and brought up to date when it is
 * asked for rather than on the write path of every act: the leaves stored since the last request are read
 * once, in order, and the subtrees they complete stored, so that a root or a proof then reads O(log n)
 * subtrees in one query, however long the history.
 */
@Component
class PartnershipTrees {

    /** Subtrees stored in one batch while a long history is brought up to date. */
    private static final int STORE_EVERY = 2_000;

    private final MerkleNodes nodes;
    private final StoredLeaves leaves;
    private final StreamSequence streams;
    private final TransactionTemplate transaction;

    PartnershipTrees(
            MerkleNodes nodes, StoredLeaves leaves, StreamSequence streams, PlatformTransactionManager transactions) {
        this.nodes = nodes;
        this.leaves = leaves;
        this.streams = streams;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Brings the partnership's tree up to every event stored now and answers its size: 0 for a partnership
     * without events. Two requests at once take turns on the tree's row; the second finds the work done. A
     * stored tree whose last leaf is no longer the stored event's (a history rewritten, every hash after the
     * change recomputed) or that is larger than the stream (a tail cut off) is built again from the events:
     * the server only ever signs and proves the history it holds, so a rewrite shows as a new root that no
     * witness's earlier checkpoint is consistent with.
     */
    long catchUp(PartnershipId partnershipId) {
        long stored = streams.of(partnershipId);
        long size = nodes.size(partnershipId);
        if (stored == 0) {
            return 0;
        }
        if (size == stored && lastLeafIsStored(partnershipId, size)) {
            return size;
        }
        return transaction.execute(status -> {
            long locked = nodes.lockSize(partnershipId);
            long events = streams.of(partnershipId);
            if (locked > events || (locked > 0 && !lastLeafIsStored(partnershipId, locked))) {
                nodes.forget(partnershipId);
                locked = 0;
            }
            if (locked >= events) {
                return locked;
            }
            CompactRange range = CompactRange.resume(locked, nodes.of(partnershipId));
            List<SubtreeHash> completed = new ArrayList<>();
            leaves.read(partnershipId, locked, events, leaf -> {
                completed.addAll(range.append(leaf));
                if (completed.size() >= STORE_EVERY) {
                    nodes.store(partnershipId, completed, range.size());
                    completed.clear();
                }
            });
            nodes.store(partnershipId, completed, events);
            return events;
        });
    }

    /** Whether the tree's leaf {@code size} − 1 is the leaf of the event stored at that sequence now. */
    private boolean lastLeafIsStored(PartnershipId partnershipId, long size) {
        Hash treeLeaf = nodes.of(partnershipId).hashOf(new Subtree(0, size - 1));
        return treeLeaf.equals(Hash.leaf(leaves.input(partnershipId, size)));
    }

    /** The root of the partnership's first {@code size} leaves, all of them stored. */
    Hash root(PartnershipId partnershipId, long size) {
        return new MerkleTree(nodes.of(partnershipId)).root(size);
    }

    /** RFC 9162 PATH(leafIndex, D[size]). */
    InclusionProof inclusion(PartnershipId partnershipId, long leafIndex, long size) {
        return new MerkleTree(nodes.of(partnershipId)).inclusionProof(leafIndex, size);
    }

    /** RFC 9162 PROOF(from, D[to]). */
    ConsistencyProof consistency(PartnershipId partnershipId, long from, long to) {
        return new MerkleTree(nodes.of(partnershipId)).consistencyProof(from, to);
    }
}
