/**
 * The transparency log of SPEC section 11: each partnership's events as an RFC 9162 Merkle tree, with its roots,
 * inclusion and consistency proofs read from stored subtree hashes, and the C2SP signed notes and checkpoints that
 * carry a signed root outside the database. JDK cryptography only, so that a partner's IT can embed it.
 */
package org.roundtable.audit.tlog;
