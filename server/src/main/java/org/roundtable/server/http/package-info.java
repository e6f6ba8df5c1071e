/**
 * The HTTP API of SPEC section 3: controllers that map request bodies to commands and queries, the
 * stream sequence every write answers and every read of a partnership's views can wait for, and the
 * one advice that turns every failure into an RFC 9457 problem.
 */
package org.roundtable.server.http;
