/**
 * The fault tests and their harness: servers in child JVMs that a test can kill -9, on a
 * PostgreSQL of the test's own that it can restart the hard way, under a load of careful clients
 * (an Idempotency-Key per command, retried until a definite answer), with the stored events read
 * straight from the event store and the views compared row by row with a rebuild of them.
 * <p>
 * The PostgreSQL is a private embedded cluster per test class ({@code TestPostgres.privateCluster}, its
 * log in {@code target/test-postgres/NAME/postgres.log}) rather than the machine's cluster (which
 * {@code pg_ctlcluster ... restart -m immediate} would restart) because the other end-to-end tests run
 * against the machine's cluster, and a restart would fail them.
 */
package org.roundtable.server.fault;
