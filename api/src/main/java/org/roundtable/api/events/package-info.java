/**
 * Events: what happened to a partnership, in the past tense. Their class names and fields are
 * stored data: a change of shape needs a revision and an upcaster.
 */
package org.roundtable.api.events;
