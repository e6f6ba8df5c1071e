/**
 * Queries and the views that answer them: what the read side publishes, all built from events.
 */
package org.roundtable.api.queries;
