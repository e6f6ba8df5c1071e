/**
 * The benchmark: it generates a history through the server's own append path, runs the
 * server's boot jar as a child process on a PostgreSQL of its own, and reports every figure as a ratio
 * against a baseline measured in the same run, because the machines it runs on are shared and noisy.
 */
package org.roundtable.bench;
