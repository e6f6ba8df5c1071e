package org.roundtable.server.checkpoints;

import static org.roundtable.query.support.JdbcValues.timestamp;
import static org.roundtable.query.support.JdbcValues.uuid;

import java.time.Instant;
import java.util.List;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.WitnessId;
import org.roundtable.audit.tlog.Checkpoint;
import org.roundtable.audit.tlog.NoteSigner;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * The checkpoints the server signed (table {@code checkpoint}) and the witnesses' cosignatures of them
 * ({@code checkpoint_cosignature}): a cosignature is taken only over the body of a checkpoint recorded here,
 * and a checkpoint is served with every cosignature held for its size.
 */
@Component
class IssuedCheckpoints {

    private final NamedParameterJdbcTemplate jdbc;

    IssuedCheckpoints(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Signs {@code checkpoint} and records it, once per size and key (Ed25519 signs the same body the same
     * way, so a second request for the same size finds the same note), and answers it with its cosignatures.
     */
    IssuedCheckpoint issue(PartnershipId partnershipId, Checkpoint checkpoint, NoteSigner signer) {
        MapSqlParameterSource row = partnership(partnershipId)
                .addValue("size", checkpoint.size())
                .addValue("keyName", signer.name())
                .addValue("root", checkpoint.rootHash().bytes())
                .addValue("note", checkpoint.sign(signer).format())
                .addValue("at", timestamp(Instant.now()));
        jdbc.update("""
                INSERT INTO checkpoint (partnership_id, size, key_name, root, note, issued_at)
                VALUES (:partnershipId, :size, :keyName, :root, :note, :at)
                ON CONFLICT DO NOTHING
                """, row);
        String note = jdbc.queryForObject("""
                SELECT note FROM checkpoint
                WHERE partnership_id = :partnershipId AND size = :size AND root = :root AND key_name = :keyName
                """, row, String.class);
        List<WitnessSignature> cosignatures = jdbc.query(
                """
                SELECT witness_id, signature FROM checkpoint_cosignature
                WHERE partnership_id = :partnershipId AND size = :size AND root = :root
                ORDER BY received_at, witness_id
                """,
                row,
                (cosignature, n) -> new WitnessSignature(
                        new WitnessId(uuid(cosignature, "witness_id")), cosignature.getString("signature")));
        StringBuilder cosigned = new StringBuilder(note);
        // Each stored line ends with its newline, as the note's own signature lines do.
        cosignatures.forEach(signature -> cosigned.append(signature.line()));
        return new IssuedCheckpoint(
                checkpoint.size(),
                checkpoint.rootHash().base64(),
                cosigned.toString(),
                cosignatures.stream().map(WitnessSignature::witnessId).toList());
    }

    /** Whether the server signed a checkpoint of this size with this root for the partnership, with any key. */
    boolean wasIssued(PartnershipId partnershipId, Checkpoint checkpoint) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                """
                SELECT EXISTS (SELECT 1 FROM checkpoint
                               WHERE partnership_id = :partnershipId AND size = :size AND root = :root)
                """,
                partnership(partnershipId)
                        .addValue("size", checkpoint.size())
                        .addValue("root", checkpoint.rootHash().bytes()),
                Boolean.class));
    }

    /** Keeps each witness's first verified signature over {@code checkpoint}. */
    void cosign(PartnershipId partnershipId, Checkpoint checkpoint, List<WitnessSignature> signatures) {
        Instant now = Instant.now();
        SqlParameterSource[] rows = signatures.stream()
                .map(signature -> partnership(partnershipId)
                        .addValue("size", checkpoint.size())
                        .addValue("root", checkpoint.rootHash().bytes())
                        .addValue("witnessId", signature.witnessId().value())
                        .addValue("signature", signature.line())
                        .addValue("at", timestamp(now)))
                .toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate("""
                INSERT INTO checkpoint_cosignature (partnership_id, size, root, witness_id, signature, received_at)
                VALUES (:partnershipId, :size, :root, :witnessId, :signature, :at)
                ON CONFLICT DO NOTHING
                """, rows);
    }

    private static MapSqlParameterSource partnership(PartnershipId partnershipId) {
        return new MapSqlParameterSource("partnershipId", partnershipId.value());
    }
}
