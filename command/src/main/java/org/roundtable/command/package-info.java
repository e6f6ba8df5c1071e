/**
 * The write model: the {@link org.roundtable.command.Partnership} aggregate and its members, which
 * enforce the rules of SPEC section 2 as named guards before recording any event.
 */
package org.roundtable.command;
