package org.roundtable.audit.tlog;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Against the example keys and notes of Go's golang.org/x/mod/sumdb/note, the reference implementation. */
class SignedNoteTest {

    static final String PETER_KEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    static final String PETER_SIGNER_KEY =
            "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    static final String ENOCH_KEY = "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop";
    static final String TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    static final String PETER_LINE =
            "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
    static final String ENOCH_LINE =
            "\u2014 EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n";

    private final NoteVerifier peter = NoteVerifier.parse(PETER_KEY);
    private final NoteVerifier enoch = NoteVerifier.parse(ENOCH_KEY);

    @Test
    void aVerifierKeyNamesItsKeyAndReadsBackAsItself() {
        assertThat(peter.name()).isEqualTo("PeterNeumann");
        assertThat(peter.keyId()).isEqualTo(0xc74f20a3);
        assertThat(peter.toString()).isEqualTo(PETER_KEY);
    }

    /** Ed25519 is deterministic: the same key and text give Go's signature to the byte. */
    @Test
    void signingWithGosTestKeyGivesGosSignedNote() {
        NoteSigner signer = NoteSigner.parse(PETER_SIGNER_KEY);

        assertThat(signer.verifier()).isEqualTo(peter);
        assertThat(signer.signerKey()).isEqualTo(PETER_SIGNER_KEY);
        assertThat(SignedNote.sign(TEXT, signer).format()).isEqualTo(TEXT + "\n" + PETER_LINE);
    }

    @Test
    void aNoteIsVerifiedByItsKnownKeysAndItsUnknownSignaturesAreIgnored() {
        SignedNote note = SignedNote.parse(TEXT + "\n" + PETER_LINE + ENOCH_LINE);

        assertThat(note.text()).isEqualTo(TEXT);
        assertThat(note.signatures()).extracting(NoteSignature::name).containsExactly("PeterNeumann", "EnochRoot");
        assertThat(note.verify(List.of(peter))).extracting(NoteSignature::key).containsExactly("PeterNeumann+c74f20a3");
        assertThat(note.verify(List.of(peter, enoch)))
                .extracting(NoteSignature::key)
                .containsExactly("PeterNeumann+c74f20a3", "EnochRoot+af0cfe78");
        assertThat(note.format()).isEqualTo(TEXT + "\n" + PETER_LINE + ENOCH_LINE);
        assertThatThrownBy(() -> note.verify(List.of()))
                .isInstanceOf(NoteVerificationException.class)
                .hasMessage("no known key signed the note");
    }

    @Test
    void aBadSignatureByAKnownKeyRejectsTheWholeNote() {
        String badPeter = PETER_LINE.substring(0, 60) + "ABCD" + PETER_LINE.substring(60);
        SignedNote note = SignedNote.parse(TEXT + "\n" + badPeter + ENOCH_LINE);

        assertThatThrownBy(() -> note.verify(List.of(peter, enoch)))
                .isInstanceOf(NoteVerificationException.class)
                .hasMessage("the signature of PeterNeumann+c74f20a3 does not verify");
        assertThat(note.verify(List.of(enoch))).extracting(NoteSignature::name).containsExactly("EnochRoot");
        SignedNote altered = SignedNote.parse(TEXT.replace("cryptography", "cryptographY") + "\n" + PETER_LINE);
        assertThatThrownBy(() -> altered.verify(List.of(peter))).isInstanceOf(NoteVerificationException.class);
    }

    /** Only a key with both the name and the key id is known: one that shares just one of them is another key. */
    @Test
    void aKeySharingOnlyTheNameOrTheKeyIdIsUnknown() {
        SignedNote misnamed = SignedNote.parse(TEXT + "\n" + PETER_LINE.replace("PeterNeumann", "CarmenSandiego"));
        SignedNote otherId = SignedNote.parse(TEXT + "\n" + PETER_LINE.replace("x08g", "xxxx"));

        assertThat(misnamed.signatures().get(0).keyId()).isEqualTo(peter.keyId());
        assertThatThrownBy(() -> misnamed.verify(List.of(peter))).hasMessage("no known key signed the note");
        assertThatThrownBy(() -> otherId.verify(List.of(peter))).hasMessage("no known key signed the note");
    }

    @Test
    void repeatedLinesAndRepeatedKnownKeysCountOnce() {
        SignedNote note = SignedNote.parse(TEXT + "\n" + PETER_LINE + PETER_LINE + ENOCH_LINE + ENOCH_LINE);

        assertThat(note.signatures()).hasSize(2);
        assertThat(note.verify(List.of(peter, peter))).hasSize(1);
        assertThat(SignedNote.parse(TEXT + "\n" + ENOCH_LINE).verify(List.of(enoch, NoteVerifier.parse(ENOCH_KEY))))
                .hasSize(1);
    }

    @Test
    void malformedNotesAreRefused() {
        List<String> malformed = List.of(
                TEXT,
                TEXT + "\n",
                TEXT + "\n" + PETER_LINE.substring(0, PETER_LINE.length() - 1),
                "\u0001" + TEXT + "\n" + PETER_LINE,
                TEXT + "\r\n" + PETER_LINE,
                "\ud800" + TEXT + "\n" + PETER_LINE,
                TEXT + "\n"
                        + "\u2014 Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n",
                TEXT + "\n" + PETER_LINE + "Unexpected line.\n",
                TEXT + "\n" + PETER_LINE.replace("\u2014", "-"),
                TEXT + "\n" + PETER_LINE.replace("AM=", "AM"),
                TEXT + "\n" + "\u2014 PeterNeumann xw==\n",
                TEXT + "\n" + "\u2014 Peter+Neumann " + PETER_LINE.substring(PETER_LINE.lastIndexOf(' ') + 1),
                TEXT + "\n" + PETER_LINE.repeat(SignedNote.MAX_SIGNATURES + 1));
        for (String note : malformed) {
            assertThatThrownBy(() -> SignedNote.parse(note))
                    .as(note)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("malformed note");
        }
        byte[] notUtf8 = (TEXT + "\n" + PETER_LINE).getBytes(UTF_8);
        notUtf8[0] = (byte) 0xff;
        assertThatThrownBy(() -> SignedNote.parse(notUtf8)).hasMessage("malformed note: not UTF-8");
        assertThat(SignedNote.parse((TEXT + "\n" + PETER_LINE).getBytes(UTF_8)).text())
                .isEqualTo(TEXT);
    }

    /** The text may hold blank lines: the last blank line is the one before the signatures. */
    @Test
    void aTextWithBlankLinesIsSplitAtTheLastOne() {
        NoteSigner signer = NoteSigner.parse(PETER_SIGNER_KEY);
        String text = "first\n\nsecond\n\n";
        SignedNote note = SignedNote.parse(SignedNote.sign(text, signer).format());

        assertThat(note.text()).isEqualTo(text);
        assertThat(note.verify(List.of(peter))).hasSize(1);
        assertThatThrownBy(() -> signer.sign("no newline")).hasMessageContaining("newline");
        assertThatThrownBy(() -> signer.sign("tab\there\n")).hasMessageContaining("control character");
    }

    @Test
    void aCosignatureReplacesTheSameKeysLineAndJoinsTheOthers() {
        SignedNote note = SignedNote.parse(TEXT + "\n" + PETER_LINE);
        NoteSignature enochs =
                SignedNote.parse(TEXT + "\n" + ENOCH_LINE).signatures().get(0);

        assertThat(note.withSignatures(List.of(enochs)).format()).isEqualTo(TEXT + "\n" + PETER_LINE + ENOCH_LINE);
        assertThat(note.withSignatures(List.of(enochs)).withSignatures(List.of(enochs)))
                .isEqualTo(note.withSignatures(List.of(enochs)));
    }

    /** Go's own check: every other substring of a key text, and every byte changed by one, is refused. */
    @Test
    void everyManglingOfAVerifierKeyIsRefused() {
        assertEveryManglingIsRefused(PETER_KEY, NoteVerifier::parse);
        // a 64-byte key and an unknown type 0x65, each with the key id adjusted (Go's cases)
        assertThatThrownBy(() -> NoteVerifier.parse(
                        "PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY=="))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> NoteVerifier.parse("PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"))
                .hasMessageContaining("not an Ed25519 key");
    }

    @Test
    void everyManglingOfASignerKeyIsRefused() {
        assertEveryManglingIsRefused(PETER_SIGNER_KEY, NoteSigner::parse);
    }

    @Test
    void aGeneratedKeyPairSignsWhatItsVerifierKeyVerifies() {
        NoteSigner signer = NoteSigner.generate("roundtable.example/checkpoints");
        NoteSigner again = NoteSigner.parse(signer.signerKey());
        NoteVerifier verifier = NoteVerifier.parse(signer.verifier().toString());

        assertThat(signer.signerKey()).startsWith("PRIVATE+KEY+roundtable.example/checkpoints+");
        assertThat(again.verifier()).isEqualTo(verifier);
        assertThat(verifier.keyId()).isEqualTo(signer.keyId());
        assertThat(SignedNote.sign(TEXT, signer).verify(List.of(verifier))).hasSize(1);
        assertThat(SignedNote.sign(TEXT, signer).verify(List.of(verifier, peter)))
                .hasSize(1);
        assertThat(NoteSigner.generate("roundtable.example/checkpoints").verifier())
                .isNotEqualTo(verifier);
        assertThat(signer.toString()).doesNotContain(signer.signerKey().substring(40));
        assertThatThrownBy(() -> NoteSigner.generate("with space")).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertEveryManglingIsRefused(String key, Consumer<String> parse) {
        for (String mangled : manglings(key)) {
            assertThatThrownBy(() -> parse.accept(mangled)).as(mangled).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static List<String> manglings(String key) {
        List<String> manglings = new ArrayList<>();
        for (int i = 0; i <= key.length(); i++) {
            for (int j = i + 1; j <= key.length(); j++) {
                if (i != 0 || j != key.length()) {
                    manglings.add(key.substring(i, j));
                }
            }
        }
        for (int i = 0; i < key.length(); i++) {
            char[] chars = key.toCharArray();
            chars[i]++;
            manglings.add(new String(chars));
        }
        return manglings;
    }
}
