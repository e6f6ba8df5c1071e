/**
 * The audit hash chain of SPEC section 7, each event's {@code hash = SHA-256(previousHash + "\n" + sequence
 * + "\n" + type + "\n" + timestamp + "\n" + canonicalPayload)}, and the verifier that re-checks it over
 * stored events or an NDJSON export; free of Spring, Axon and the rest of Roundtable, so that a partner's IT
 * can embed it to check an export on its own.
 */
package org.roundtable.audit;
