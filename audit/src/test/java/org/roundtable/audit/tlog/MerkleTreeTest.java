package org.roundtable.audit.tlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {

    /** RFC 6962's test leaves, as certificate-transparency and transparency-dev/merkle test with them. */
    static final List<byte[]> RFC6962_LEAVES = Stream.of(
                    "", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f")
            .map(HexFormat.of()::parseHex)
            .toList();

    /** The roots of the first 1..8 of those leaves (transparency-dev/merkle proof/verify_test.go). */
    static final List<String> RFC6962_ROOTS = List.of(
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    /** 300 leaves shaped like Roundtable's: 32-byte event hashes. */
    static final List<byte[]> LEAVES = IntStream.range(0, 300)
            .mapToObj(i ->
                    HexFormat.of().parseHex(NaiveMerkleTree.sha256(("event " + i).getBytes(StandardCharsets.UTF_8))))
            .toList();

    private final MerkleTree rfc6962 = InMemorySubtreeHashes.of(RFC6962_LEAVES).tree();

    @Test
    void theEmptyTreesRootIsTheHashOfNothing() {
        assertThat(new MerkleTree(subtree -> {
                            throw new AssertionError("the empty tree reads nothing");
                        })
                        .root(0)
                        .hex())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void theRootsOfRfc6962sTestVectorAtEverySize() {
        assertThat(IntStream.rangeClosed(1, 8)
                        .mapToObj(size -> rfc6962.root(size).hex()))
                .containsExactlyElementsOf(RFC6962_ROOTS);
    }

    @Test
    void theInclusionProofsOfRfc6962sTestVector() {
        assertThat(hex(rfc6962.inclusionProof(0, 8).hashes()))
                .containsExactly(
                        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(hex(rfc6962.inclusionProof(5, 8).hashes()))
                .containsExactly(
                        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(hex(rfc6962.inclusionProof(2, 3).hashes()))
                .containsExactly("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125");
        assertThat(hex(rfc6962.inclusionProof(1, 5).hashes()))
                .containsExactly(
                        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
        assertThat(rfc6962.inclusionProof(0, 1).hashes()).isEmpty();
    }

    @Test
    void theConsistencyProofsOfRfc6962sTestVector() {
        assertThat(hex(rfc6962.consistencyProof(1, 8).hashes()))
                .containsExactly(
                        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(hex(rfc6962.consistencyProof(6, 8).hashes()))
                .containsExactly(
                        "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(hex(rfc6962.consistencyProof(2, 5).hashes()))
                .containsExactly(
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
        assertThat(hex(rfc6962.consistencyProof(6, 7).hashes()))
                .containsExactly(
                        "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                        "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
                        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(rfc6962.consistencyProof(8, 8).hashes()).isEmpty();
        assertThat(rfc6962.consistencyProof(0, 8).hashes()).isEmpty();
    }

    /** One store of 300 leaves answers for every earlier size too, as a server's table does. */
    @Test
    void rootsAndInclusionProofsEqualTheRfcsDefinitionsAtEverySizeUpTo300() {
        MerkleTree tree = InMemorySubtreeHashes.of(LEAVES).tree();
        NaiveMerkleTree naive = new NaiveMerkleTree(LEAVES);
        for (int n = 1; n <= LEAVES.size(); n++) {
            Hash root = tree.root(n);
            assertThat(root.hex()).as("root of %d", n).isEqualTo(naive.mth(0, n));
            for (int m = 0; m < n; m++) {
                InclusionProof proof = tree.inclusionProof(m, n);
                assertThat(hex(proof.hashes())).as("PATH(%d, D[%d])", m, n).isEqualTo(naive.path(m, 0, n));
                assertThat(proof.verifies(Hash.leaf(LEAVES.get(m)), root))
                        .as("PATH(%d, D[%d]) verifies", m, n)
                        .isTrue();
            }
        }
    }

    @Test
    void consistencyProofsEqualTheRfcsDefinitionForEveryPairUpTo130() {
        MerkleTree tree = InMemorySubtreeHashes.of(LEAVES).tree();
        NaiveMerkleTree naive = new NaiveMerkleTree(LEAVES);
        for (int n = 1; n <= 130; n++) {
            Hash root = tree.root(n);
            for (int m = 1; m < n; m++) {
                ConsistencyProof proof = tree.consistencyProof(m, n);
                assertThat(hex(proof.hashes())).as("PROOF(%d, D[%d])", m, n).isEqualTo(naive.proof(m, n));
                assertThat(proof.verifies(tree.root(m), root))
                        .as("PROOF(%d, D[%d]) verifies", m, n)
                        .isTrue();
            }
        }
    }

    @Test
    void aProofBeyondTheTreeIsRefused() {
        assertThatThrownBy(() -> rfc6962.inclusionProof(8, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rfc6962.inclusionProof(-1, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rfc6962.consistencyProof(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rfc6962.root(9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not complete");
    }

    static List<String> hex(List<Hash> hashes) {
        return hashes.stream().map(Hash::hex).toList();
    }
}
