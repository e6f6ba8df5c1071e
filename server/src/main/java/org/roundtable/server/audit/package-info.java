/**
 * The audit of SPEC section 7 on the server: a partnership's stored events read straight from the
 * event store through a cursor, exported as NDJSON lines, re-checked against their hash chain, and
 * the offline {@code verify} command that checks such an export without a server or a database.
 */
package org.roundtable.server.audit;
