package org.roundtable.server.checkpoints;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.roundtable.audit.tlog.NoteSigner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The Ed25519 key that signs the checkpoints, from {@code roundtable.checkpoints.signing-key} or the file
 * {@code roundtable.checkpoints.signing-key-file}, never from the database. A server started without either
 * generates a key into that file (readable by its owner only) and says where, so that the embedded default
 * signs from its first start; a deployment of several instances configures one key for all of them.
 */
@Component
class CheckpointKey {

    private static final Logger log = LoggerFactory.getLogger(CheckpointKey.class);

    private final NoteSigner signer;

    CheckpointKey(CheckpointSettings settings) {
        this.signer = NoteSigner.parse(text(settings));
        log.info(
                "Checkpoints are signed by key {}; its verifier key, served at /api/checkpoint-key: {}",
                signer.name(),
                signer.verifier());
    }

    NoteSigner signer() {
        return signer;
    }

    private static String text(CheckpointSettings settings) {
        if (settings.signingKey() != null && !settings.signingKey().isBlank()) {
            return settings.signingKey().strip();
        }
        Path file = settings.signingKeyFile().toAbsolutePath();
        try {
            if (!Files.exists(file)) {
                generate(file, settings.origin());
            }
            return Files.readString(file, UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the checkpoint signing key " + file, e);
        }
    }

    /**
     * Writes a new key to a temporary file and moves it into place, so that two servers starting at once on
     * one directory end up with the one key that moved first.
     */
    private static void generate(Path file, String name) throws IOException {
        Files.createDirectories(file.getParent());
        Path draft = Files.createTempFile(file.getParent(), ".checkpoint-signing", ".key");
        try {
            Files.setPosixFilePermissions(draft, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // A file system without POSIX permissions keeps its own defaults.
        }
        Files.writeString(draft, NoteSigner.generate(name).signerKey() + "\n", UTF_8);
        try {
            Files.move(draft, file);
            log.warn(
                    "Generated a new checkpoint signing key at {}: keep it, back it up, and keep it out of the"
                            + " database; several instances must share one key (roundtable.checkpoints.signing-key)",
                    file);
        } catch (FileAlreadyExistsException anotherServerWasFirst) {
            Files.delete(draft);
        }
    }
}
