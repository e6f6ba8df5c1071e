package org.roundtable.server.checkpoints;

import java.util.List;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.RuleViolation;
import org.roundtable.api.proofs.ConsistencyProofView;
import org.roundtable.api.proofs.InclusionProofView;
import org.roundtable.api.proofs.Receipt;
import org.roundtable.audit.tlog.Checkpoint;
import org.roundtable.audit.tlog.Hash;
import org.roundtable.audit.tlog.SignedNote;
import org.springframework.stereotype.Component;

/**
 * What SPEC section 11 serves: the latest signed checkpoint of a partnership's tree with the cosignatures
 * held for it, inclusion and consistency proofs within the tree as stored now, receipts, and the witnesses'
 * cosignatures of issued checkpoints. Every answer covers at least the events stored when it was asked.
 */
@Component
public class Checkpoints {

    private final PartnershipTrees trees;
    private final IssuedCheckpoints issued;
    private final CheckpointKey key;
    private final CheckpointSettings settings;
    private final Witnesses witnesses;
    private final StoredLeaves leaves;

    Checkpoints(
            PartnershipTrees trees,
            IssuedCheckpoints issued,
            CheckpointKey key,
            CheckpointSettings settings,
            Witnesses witnesses,
            StoredLeaves leaves) {
        this.leaves = leaves;
        this.trees = trees;
        this.issued = issued;
        this.key = key;
        this.settings = settings;
        this.witnesses = witnesses;
    }

    /** The verifier key of the server's signatures, in signed-note form. */
    public String verifierKey() {
        return key.signer().verifier().toString();
    }

    /** A checkpoint of every event stored now, signed, with every cosignature held for its size. */
    public IssuedCheckpoint latest(PartnershipId partnershipId) {
        long size = requireTree(partnershipId);
        Checkpoint checkpoint = new Checkpoint(origin(partnershipId), size, trees.root(partnershipId, size));
        return issued.issue(partnershipId, checkpoint, key.signer());
    }

    /** That the event at {@code sequence} is in the tree of {@code treeSize} events. */
    public InclusionProofView inclusion(PartnershipId partnershipId, long sequence, long treeSize) {
        long size = requireTree(partnershipId);
        ProofArguments.requireWithin(ProofArguments.TREE_SIZE, treeSize, 1, size);
        ProofArguments.requireWithin(ProofArguments.SEQUENCE, sequence, 1, treeSize);
        return new InclusionProofView(
                sequence,
                treeSize,
                sequence - 1,
                base64(trees.inclusion(partnershipId, sequence - 1, treeSize).hashes()));
    }

    /** That the tree of {@code to} events extends the tree of {@code from} events. */
    public ConsistencyProofView consistency(PartnershipId partnershipId, long from, long to) {
        long size = requireTree(partnershipId);
        ProofArguments.requireWithin(ProofArguments.TO, to, 1, size);
        ProofArguments.requireWithin(ProofArguments.FROM, from, 1, to);
        return new ConsistencyProofView(
                from, to, base64(trees.consistency(partnershipId, from, to).hashes()));
    }

    /** The receipt of the event at {@code sequence}: its leaf, the latest checkpoint and the path between them. */
    public Receipt receipt(PartnershipId partnershipId, long sequence) {
        IssuedCheckpoint checkpoint = latest(partnershipId);
        if (sequence < 1 || sequence > checkpoint.size()) {
            throw new RuleViolation(
                    ErrorCode.EVENT_NOT_FOUND,
                    ProofArguments.SEQUENCE,
                    "The partnership has no event at sequence %d: it holds %d".formatted(sequence, checkpoint.size()));
        }
        StoredLeaf leaf = leaves.leaf(partnershipId, sequence);
        return new Receipt(
                sequence,
                leaf.type(),
                leaf.hash(),
                checkpoint.note(),
                new InclusionProofView(
                        sequence,
                        checkpoint.size(),
                        sequence - 1,
                        base64(trees.inclusion(partnershipId, sequence - 1, checkpoint.size())
                                .hashes())));
    }

    /**
     * Stores the cosignatures of a registered witness over the body of a checkpoint the server issued; refuses
     * a note that is none, a body never issued, and a note no registered witness's signature verifies on.
     */
    public void cosign(PartnershipId partnershipId, String text) {
        requireTree(partnershipId);
        SignedNote note = ProofArguments.note(text);
        Checkpoint checkpoint = ProofArguments.checkpoint(note);
        if (!checkpoint.origin().equals(origin(partnershipId)) || !issued.wasIssued(partnershipId, checkpoint)) {
            throw new RuleViolation(
                    ErrorCode.CHECKPOINT_NOT_ISSUED,
                    ProofArguments.NOTE,
                    "The server issued no checkpoint of %s with %d events and that root"
                            .formatted(checkpoint.origin(), checkpoint.size()));
        }
        issued.cosign(partnershipId, checkpoint, witnesses.verifiedSignatures(partnershipId, note, checkpoint));
    }

    private long requireTree(PartnershipId partnershipId) {
        long size = trees.catchUp(partnershipId);
        if (size == 0) {
            throw RuleViolation.notFound(ErrorCode.PARTNERSHIP_NOT_FOUND, "partnership");
        }
        return size;
    }

    private String origin(PartnershipId partnershipId) {
        return Checkpoint.origin(settings.origin(), partnershipId.toString());
    }

    private static List<String> base64(List<Hash> hashes) {
        return hashes.stream().map(Hash::base64).toList();
    }
}
