package org.roundtable.api.proofs;

import java.util.List;

/**
 * That the partnership's tree of {@code to} events extends its tree of {@code from} events unchanged: the
 * RFC 9162 section 2.1.4.1 consistency proof, each hash in base64.
 */
public record ConsistencyProofView(long from, long to, List<String> hashes) {}
