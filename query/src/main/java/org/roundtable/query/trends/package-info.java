/** The trends across loops and phases (SPEC section 10): the voice and decision figures of each segment, side by side. */
package org.roundtable.query.trends;
