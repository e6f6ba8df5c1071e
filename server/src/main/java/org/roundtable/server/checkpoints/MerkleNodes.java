package org.roundtable.server.checkpoints;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roundtable.api.PartnershipId;
import org.roundtable.audit.tlog.Hash;
import org.roundtable.audit.tlog.Subtree;
import org.roundtable.audit.tlog.SubtreeHash;
import org.roundtable.audit.tlog.SubtreeHashes;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * The stored part of each partnership's tree (tables {@code merkle_tree} and {@code merkle_node}): how many
 * leaves it covers, and the hash of every complete, aligned subtree of them, so that a root or a proof reads
 * the few subtrees it needs in one query, by their keys.
 */
@Component
class MerkleNodes {

    private final NamedParameterJdbcTemplate jdbc;

    MerkleNodes(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The number of leaves stored for the partnership, its row locked until the transaction ends, so that
     * two requests bringing one tree up to date take turns instead of storing its subtrees twice.
     */
    long lockSize(PartnershipId partnershipId) {
        MapSqlParameterSource partnership = partnership(partnershipId);
        jdbc.update(
                "INSERT INTO merkle_tree (partnership_id, size) VALUES (:partnershipId, 0) ON CONFLICT DO NOTHING",
                partnership);
        return jdbc.queryForObject(
                "SELECT size FROM merkle_tree WHERE partnership_id = :partnershipId FOR UPDATE",
                partnership,
                Long.class);
    }

    /** The number of leaves stored for the partnership: 0 before its tree was first asked for. */
    long size(PartnershipId partnershipId) {
        return jdbc
                .query(
                        "SELECT size FROM merkle_tree WHERE partnership_id = :partnershipId",
                        partnership(partnershipId),
                        (row, n) -> row.getLong("size"))
                .stream()
                .findFirst()
                .orElse(0L);
    }

    /** The partnership's stored subtrees, for the audit module's tree: each proof's subtrees in one query. */
    SubtreeHashes of(PartnershipId partnershipId) {
        return new SubtreeHashes() {
            @Override
            public Hash hashOf(Subtree subtree) {
                return hashesOf(List.of(subtree)).get(0);
            }

            @Override
            public List<Hash> hashesOf(List<Subtree> subtrees) {
                return read(partnershipId, subtrees);
            }
        };
    }

    /** Stores the subtrees completed by leaves appended up to {@code size}, and that size, in the caller's transaction. */
    void store(PartnershipId partnershipId, List<SubtreeHash> completed, long size) {
        SqlParameterSource[] rows = completed.stream()
                .map(node -> partnership(partnershipId)
                        .addValue("level", node.subtree().level())
                        .addValue("index", node.subtree().index())
                        .addValue("hash", node.hash().bytes()))
                .toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate(
                "INSERT INTO merkle_node (partnership_id, level, index, hash) VALUES (:partnershipId, :level, :index, :hash)",
                rows);
        jdbc.update(
                "UPDATE merkle_tree SET size = :size WHERE partnership_id = :partnershipId",
                partnership(partnershipId).addValue("size", size));
    }

    /** Drops the partnership's stored tree, in the caller's transaction, for it to be built again from its events. */
    void forget(PartnershipId partnershipId) {
        MapSqlParameterSource partnership = partnership(partnershipId);
        jdbc.update("DELETE FROM merkle_node WHERE partnership_id = :partnershipId", partnership);
        jdbc.update("UPDATE merkle_tree SET size = 0 WHERE partnership_id = :partnershipId", partnership);
    }

    private List<Hash> read(PartnershipId partnershipId, List<Subtree> subtrees) {
        if (subtrees.isEmpty()) {
            return List.of();
        }
        Map<Subtree, Hash> found = new HashMap<>();
        jdbc.query(
                """
                SELECT n.level, n.index, n.hash
                FROM merkle_node n
                JOIN unnest(CAST(:levels AS smallint[]), CAST(:indexes AS bigint[])) AS w(level, index)
                  ON n.level = w.level AND n.index = w.index
                WHERE n.partnership_id = :partnershipId
                """,
                partnership(partnershipId)
                        .addValue(
                                "levels",
                                subtrees.stream()
                                        .map(subtree -> (short) subtree.level())
                                        .toArray(Short[]::new))
                        .addValue(
                                "indexes", subtrees.stream().map(Subtree::index).toArray(Long[]::new)),
                row -> {
                    found.put(new Subtree(row.getInt("level"), row.getLong("index")), Hash.of(row.getBytes("hash")));
                });
        return subtrees.stream()
                .map(subtree -> {
                    Hash hash = found.get(subtree);
                    if (hash == null) {
                        throw new IllegalArgumentException("The tree of partnership %s has no subtree %s stored"
                                .formatted(partnershipId, subtree));
                    }
                    return hash;
                })
                .toList();
    }

    private static MapSqlParameterSource partnership(PartnershipId partnershipId) {
        return new MapSqlParameterSource("partnershipId", partnershipId.value());
    }
}
