/**
 * The write pipeline behind every command of the HTTP API: acts on one partnership take turns, each is one
 * transaction whose outcome is known before it is answered, a keyed request is carried out at most once,
 * and the answer carries the sequence the act's own append was given.
 */
package org.roundtable.server.write;
