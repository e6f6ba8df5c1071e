/**
 * The audit of SPEC section 7 on the server: a partnership's stored events read straight from the
 * event store through a cursor, exported as NDJSON lines and re-checked against their hash chain, with
 * the lines and the verifier of the audit module.
 */
package org.roundtable.server.audit;
