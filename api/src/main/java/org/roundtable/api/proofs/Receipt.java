package org.roundtable.api.proofs;

/**
 * What a partner keeps to prove later that one of its acts is in the record: the event's sequence, stable
 * type name and chain {@code hash} (the leaf input), a signed {@code checkpoint} and the event's inclusion
 * proof in the tree that checkpoint signs.
 */
public record Receipt(long sequence, String type, String hash, String checkpoint, InclusionProofView inclusion) {}
