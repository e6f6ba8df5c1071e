package org.roundtable.audit.tlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CheckpointTest {

    private static final NoteSigner LOG = NoteSigner.generate("roundtable.example");
    private static final NoteSigner WITNESS = NoteSigner.generate("witness.example/w1");
    private static final Hash ROOT = Hash.fromHex("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");
    private static final String PARTNERSHIP = "c422f166-63c2-4632-a879-d380923a0071";

    private final Checkpoint checkpoint = new Checkpoint(Checkpoint.origin("roundtable.example", PARTNERSHIP), 8, ROOT);

    @Test
    void theTextIsOriginSizeAndBase64RootOnLinesOfTheirOwn() {
        assertThat(checkpoint.text())
                .isEqualTo("roundtable.example/c422f166-63c2-4632-a879-d380923a0071\n"
                        + "8\n"
                        // python3 -c "import base64; print(base64.b64encode(bytes.fromhex('5dc9…4328')).decode())"
                        + "XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n");
        assertThat(Checkpoint.parse(checkpoint.text())).isEqualTo(checkpoint);
    }

    /** C2SP's example checkpoint, extension lines and all. */
    @Test
    void theSpecsExampleParses() {
        Checkpoint example = Checkpoint.parse(
                "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\nextension\n");

        assertThat(example.origin()).isEqualTo("example.com/behind-the-sofa");
        assertThat(example.size()).isEqualTo(20852163);
        assertThat(example.rootHash().base64()).isEqualTo("CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=");
        assertThat(example.extensions()).containsExactly("extension");
        assertThat(example.text()).endsWith("=\nextension\n");
    }

    @Test
    void textThatIsNoCheckpointIsRefused() {
        String root = ROOT.base64();
        for (String text : List.of(
                "origin\n8\n" + root,
                "origin\n8\n",
                "\n8\n" + root + "\n",
                "origin\n08\n" + root + "\n",
                "origin\n-8\n" + root + "\n",
                "origin\n8 \n" + root + "\n",
                "origin\n99999999999999999999\n" + root + "\n",
                "origin\n8\n" + root.substring(0, 40) + "\n",
                "origin\n8\n" + root + "\n\nextension\n")) {
            assertThatThrownBy(() -> Checkpoint.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(Checkpoint.parse("origin\n0\n" + Hash.EMPTY_TREE.base64() + "\n")
                        .size())
                .isZero();
        assertThatThrownBy(() -> Checkpoint.origin("has space", PARTNERSHIP))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSignedCheckpointOpensWithTheLogsKeyOnly() {
        SignedNote signed = SignedNote.parse(checkpoint.sign(LOG).format());

        assertThat(Checkpoint.open(signed, LOG.verifier())).isEqualTo(checkpoint);
        assertThatThrownBy(() -> Checkpoint.open(signed, WITNESS.verifier()))
                .isInstanceOf(NoteVerificationException.class);
    }

    @Test
    void aWitnessCosignatureOverTheIssuedTextIsAccepted() {
        SignedNote issued = checkpoint.sign(LOG);
        SignedNote posted = SignedNote.parse(
                issued.withSignatures(List.of(WITNESS.sign(issued.text()))).format());

        List<NoteSignature> accepted = Cosignatures.verify(posted, checkpoint, List.of(WITNESS.verifier()));

        assertThat(accepted).extracting(NoteSignature::name).containsExactly("witness.example/w1");
        assertThat(issued.withSignatures(accepted).verify(List.of(LOG.verifier(), WITNESS.verifier())))
                .hasSize(2);
    }

    @Test
    void aCosignatureOverAnotherTextOrByAnUnregisteredKeyIsRefused() {
        Checkpoint other = new Checkpoint(checkpoint.origin(), 9, Hash.EMPTY_TREE);
        SignedNote overOther = other.sign(WITNESS);
        SignedNote byStranger = checkpoint.sign(NoteSigner.generate("witness.example/w1"));
        SignedNote badSignature = SignedNote.parse(
                checkpoint.text() + "\n" + WITNESS.sign(other.text()).line());

        List<NoteVerifier> witnesses = List.of(WITNESS.verifier());
        assertThatThrownBy(() -> Cosignatures.verify(overOther, checkpoint, witnesses))
                .isInstanceOf(NoteVerificationException.class)
                .hasMessageContaining("not that of the checkpoint");
        assertThatThrownBy(() -> Cosignatures.verify(byStranger, checkpoint, witnesses))
                .isInstanceOf(NoteVerificationException.class)
                .hasMessageContaining("no known key signed");
        assertThatThrownBy(() -> Cosignatures.verify(badSignature, checkpoint, witnesses))
                .isInstanceOf(NoteVerificationException.class)
                .hasMessageContaining("does not verify");
        assertThatThrownBy(() -> Cosignatures.verify(checkpoint.sign(LOG), checkpoint, witnesses))
                .isInstanceOf(NoteVerificationException.class);
    }
}
