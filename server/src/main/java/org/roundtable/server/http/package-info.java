/**
 * The HTTP API of SPEC section 3: controllers that map request bodies to commands and queries, and
 * the one advice that turns every failure into an RFC 9457 problem.
 */
package org.roundtable.server.http;
