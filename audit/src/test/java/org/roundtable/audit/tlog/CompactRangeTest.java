package org.roundtable.audit.tlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.audit.tlog.MerkleTreeTest.LEAVES;
import static org.roundtable.audit.tlog.MerkleTreeTest.hex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompactRangeTest {

    private final NaiveMerkleTree naive = new NaiveMerkleTree(LEAVES);

    @Test
    void eachAppendReportsTheSubtreesItCompletesAndTheRootIsTheRfcs() {
        CompactRange range = new CompactRange();
        assertThat(range.root()).isEqualTo(Hash.EMPTY_TREE);
        Set<Subtree> reported = new HashSet<>();
        for (int leaf = 0; leaf < LEAVES.size(); leaf++) {
            for (SubtreeHash completed : range.append(LEAVES.get(leaf))) {
                Subtree subtree = completed.subtree();
                assertThat(subtree.end() - 1)
                        .as("%s ends at the new leaf", subtree)
                        .isEqualTo(leaf);
                assertThat(reported.add(subtree))
                        .as("%s reported once", subtree)
                        .isTrue();
                assertThat(completed.hash().hex())
                        .as("hash of %s", subtree)
                        .isEqualTo(naive.mth((int) subtree.firstLeaf(), (int) subtree.end()));
            }
            int size = leaf + 1;
            assertThat(reported).as("after %d leaves", size).isEqualTo(completeSubtrees(size));
            assertThat(range.size()).isEqualTo(size);
            assertThat(range.root().hex()).as("root of %d", size).isEqualTo(naive.mth(0, size));
        }
    }

    @Test
    void appendingLeaf6CompletesItsPairAndTheFirstFourLeavesSixToEight() {
        CompactRange range = new CompactRange();
        LEAVES.subList(0, 7).forEach(range::append);

        assertThat(range.append(LEAVES.get(7)).stream().map(SubtreeHash::subtree))
                .containsExactly(new Subtree(0, 7), new Subtree(1, 3), new Subtree(2, 1), new Subtree(3, 0));
        assertThat(range.append(LEAVES.get(8)).stream().map(SubtreeHash::subtree))
                .containsExactly(new Subtree(0, 8));
    }

    /**
     * A store holding only the reported subtree hashes, read as a server reads its table: every proof is one
     * request of O(log n) subtrees, and equals the RFC's.
     */
    @Test
    void proofsFromOnlyTheReportedSubtreesAreTheRfcsInOneSmallRead() {
        Map<Subtree, Hash> table = new HashMap<>();
        CompactRange range = new CompactRange();
        LEAVES.forEach(leaf -> range.append(leaf).forEach(row -> table.put(row.subtree(), row.hash())));
        List<Integer> reads = new ArrayList<>();
        MerkleTree tree = new MerkleTree(new SubtreeHashes() {
            @Override
            public Hash hashOf(Subtree subtree) {
                throw new AssertionError("asked one at a time");
            }

            @Override
            public List<Hash> hashesOf(List<Subtree> subtrees) {
                reads.add(subtrees.size());
                return subtrees.stream().map(table::get).toList();
            }
        });

        for (int n : new int[] {1, 2, 3, 7, 8, 9, 100, 255, 256, 257, 300}) {
            int log2 = 64 - Long.numberOfLeadingZeros(n - 1);
            for (int m = 0; m < n; m++) {
                reads.clear();
                assertThat(hex(tree.inclusionProof(m, n).hashes())).isEqualTo(naive.path(m, 0, n));
                assertThat(reads).hasSize(1);
                assertThat(reads.get(0))
                        .as("subtrees read for PATH(%d, D[%d])", m, n)
                        .isLessThanOrEqualTo(2 * log2);
                if (m > 0) {
                    reads.clear();
                    assertThat(hex(tree.consistencyProof(m, n).hashes())).isEqualTo(naive.proof(m, n));
                    assertThat(reads).hasSize(1);
                    assertThat(reads.get(0))
                            .as("subtrees read for PROOF(%d, D[%d])", m, n)
                            .isLessThanOrEqualTo(2 * log2);
                }
            }
        }
    }

    @Test
    void aRangeResumedFromStoredSubtreesGoesOnAsIfNeverStopped() {
        InMemorySubtreeHashes stored = InMemorySubtreeHashes.of(LEAVES.subList(0, 77));
        CompactRange resumed = CompactRange.resume(77, stored);
        CompactRange unbroken = new CompactRange();
        LEAVES.subList(0, 77).forEach(unbroken::append);

        assertThat(resumed.root()).isEqualTo(unbroken.root());
        for (byte[] leaf : LEAVES.subList(77, 100)) {
            assertThat(resumed.append(leaf)).isEqualTo(unbroken.append(leaf));
        }
        assertThat(resumed.root().hex()).isEqualTo(naive.mth(0, 100));
        assertThat(CompactRange.resume(0, stored).root()).isEqualTo(Hash.EMPTY_TREE);
    }

    /** Every (level, index) whose 2^level leaves all lie in the first {@code size}. */
    private static Set<Subtree> completeSubtrees(long size) {
        Set<Subtree> all = new HashSet<>();
        for (int level = 0; (1L << level) <= size; level++) {
            for (long index = 0; (index + 1) << level <= size; index++) {
                all.add(new Subtree(level, index));
            }
        }
        return all;
    }
}
