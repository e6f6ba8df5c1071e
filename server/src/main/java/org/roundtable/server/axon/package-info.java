/**
 * Axon Framework infrastructure without Axon Server: the JDBC event store in snake_case tables,
 * Jackson serialization, snapshots and the cache of the Partnership aggregate, pooled streaming
 * processors that retry rather than skip, and the actor recorded in every message.
 */
package org.roundtable.server.axon;
