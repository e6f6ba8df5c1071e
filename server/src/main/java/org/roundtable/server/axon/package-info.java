/**
 * Axon Framework infrastructure without Axon Server: the JDBC event store in snake_case tables,
 * appending every event with its link in the audit hash chain, Jackson serialization, the
 * snapshots of the Partnership aggregate, tracking processors that retry rather than skip and
 * record how far each view has read, and the actor recorded in every message.
 */
package org.roundtable.server.axon;
