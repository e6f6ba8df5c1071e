package org.roundtable.api.proofs;

import java.util.List;

/**
 * That the event at {@code sequence} is leaf {@code leafIndex} (sequence − 1) of the partnership's tree of
 * {@code treeSize} events: the RFC 9162 section 2.1.3.1 audit path, each hash in base64.
 */
public record InclusionProofView(long sequence, long treeSize, long leafIndex, List<String> hashes) {}
