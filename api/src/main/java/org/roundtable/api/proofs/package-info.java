/**
 * What the server answers to prove its record (SPEC section 11): RFC 9162 inclusion and consistency proofs of
 * a partnership's Merkle tree, and the receipt a partner keeps for one of its acts.
 */
package org.roundtable.api.proofs;
