/**
 * Trust beyond the database (SPEC section 11): each partnership's events as an RFC 9162 Merkle tree kept
 * in PostgreSQL beside the events, the checkpoints the server signs over it with a key kept outside the
 * database, the proofs and receipts that show an event in it, and the witnesses' cosignatures. The tree,
 * note and proof code is the audit module's; this package stores, signs and serves.
 */
package org.roundtable.server.checkpoints;
