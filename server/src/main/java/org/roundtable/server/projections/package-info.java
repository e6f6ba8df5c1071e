/**
 * Rebuilding the views: the {@code projections} actuator endpoint that shows how far each event
 * processor has read the event store and replays every view from the first event, one rebuild at a time.
 */
package org.roundtable.server.projections;
