package org.roundtable.audit.tlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.audit.tlog.MerkleTreeTest.LEAVES;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The verifiers refuse every tampered proof: each proof of a 70-leaf log, changed in every way that matters. A
 * proof alone does not pin the tree size (PATH(0, D[3]) has the shape of PATH(0, D[4])): the signed checkpoint
 * binds the size to the root, so the probes here change the size only where the path's shape must change too.
 */
class ProofVerificationTest {

    private static final int SIZE = 70;

    private final MerkleTree tree =
            InMemorySubtreeHashes.of(LEAVES.subList(0, SIZE)).tree();

    @Test
    void tamperedInclusionProofsAreRefused() {
        for (int n = 1; n <= SIZE; n++) {
            Hash root = tree.root(n);
            for (int m = 0; m < n; m++) {
                InclusionProof proof = tree.inclusionProof(m, n);
                Hash leaf = Hash.leaf(LEAVES.get(m));
                assertThat(proof.verifies(leaf, root)).isTrue();
                for (List<Hash> tampered : tampered(proof.hashes(), root)) {
                    assertThat(new InclusionProof(m, n, tampered).verifies(leaf, root))
                            .as("PATH(%d, D[%d]) changed to %s", m, n, tampered)
                            .isFalse();
                }
                assertThat(proof.verifies(Hash.leaf(LEAVES.get(n)), root)).isFalse();
                assertThat(proof.verifies(leaf, tree.root(n - 1 == 0 ? 2 : n - 1)))
                        .isFalse();
                assertThat(new InclusionProof(m, 2L * n, proof.hashes()).verifies(leaf, root))
                        .as("PATH(%d, D[%d]) for size %d", m, n, 2 * n)
                        .isFalse();
                assertThat(new InclusionProof(n, n, proof.hashes()).verifies(leaf, root))
                        .isFalse();
                if (n > 1) {
                    long other = m == 0 ? 1 : m - 1;
                    assertThat(new InclusionProof(other, n, proof.hashes()).verifies(leaf, root))
                            .as("PATH(%d, D[%d]) for leaf %d", m, n, other)
                            .isFalse();
                }
            }
        }
    }

    @Test
    void tamperedConsistencyProofsAreRefused() {
        for (int n = 2; n <= SIZE; n++) {
            Hash root = tree.root(n);
            for (int m = 1; m < n; m++) {
                ConsistencyProof proof = tree.consistencyProof(m, n);
                Hash oldRoot = tree.root(m);
                assertThat(proof.verifies(oldRoot, root)).isTrue();
                for (List<Hash> tampered : tampered(proof.hashes(), root)) {
                    assertThat(new ConsistencyProof(m, n, tampered).verifies(oldRoot, root))
                            .as("PROOF(%d, D[%d]) changed to %s", m, n, tampered)
                            .isFalse();
                }
                assertThat(proof.verifies(root, oldRoot)).as("swapped roots").isFalse();
                assertThat(proof.verifies(tree.root(m == 1 ? 2 : m - 1), root))
                        .as("another old root")
                        .isFalse();
                assertThat(proof.verifies(oldRoot, tree.root(n - 1)))
                        .as("another new root")
                        .isFalse();
                assertThat(new ConsistencyProof(m, 2L * n, proof.hashes()).verifies(oldRoot, root))
                        .as("PROOF(%d, D[%d]) for size %d", m, n, 2 * n)
                        .isFalse();
                assertThat(new ConsistencyProof(m, n, List.of()).verifies(oldRoot, root))
                        .as("no proof")
                        .isFalse();
            }
        }
    }

    @Test
    void nothingIsToBeProvedBetweenEqualSizesOrFromTheEmptyTree() {
        Hash root = tree.root(5);

        assertThat(new ConsistencyProof(5, 5, List.of()).verifies(root, root)).isTrue();
        assertThat(new ConsistencyProof(5, 5, List.of()).verifies(root, tree.root(4)))
                .isFalse();
        assertThat(new ConsistencyProof(5, 5, List.of(root)).verifies(root, root))
                .isFalse();
        assertThat(new ConsistencyProof(0, 5, List.of()).verifies(Hash.EMPTY_TREE, root))
                .isTrue();
        assertThat(new ConsistencyProof(0, 5, List.of()).verifies(root, root)).isFalse();
        assertThat(new ConsistencyProof(6, 5, List.of()).verifies(root, root)).isFalse();
    }

    /** Each hash with one bit flipped, the last one dropped, a hash added after or before. */
    private static List<List<Hash>> tampered(List<Hash> proof, Hash root) {
        List<List<Hash>> tampered = new ArrayList<>();
        for (int i = 0; i < proof.size(); i++) {
            List<Hash> flipped = new ArrayList<>(proof);
            byte[] bytes = proof.get(i).bytes();
            bytes[i % Hash.SIZE] ^= 0x10;
            flipped.set(i, Hash.of(bytes));
            tampered.add(flipped);
        }
        if (!proof.isEmpty()) {
            tampered.add(proof.subList(0, proof.size() - 1));
        }
        List<Hash> longer = new ArrayList<>(proof);
        longer.add(root);
        tampered.add(longer);
        List<Hash> prefixed = new ArrayList<>(proof);
        prefixed.add(0, proof.isEmpty() ? root : proof.get(0));
        tampered.add(prefixed);
        return tampered;
    }
}
