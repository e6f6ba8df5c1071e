/**
 * The PostgreSQL of the tests and the benchmark. The server's embedded default (its production code) is
 * not here: it is the product's start on a machine with nothing installed, not a test's database.
 */
package org.roundtable.testsupport;
