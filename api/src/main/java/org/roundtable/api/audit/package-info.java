/**
 * The audit hash chain of SPEC section 7 in one place: the formula the write side stores with every
 * event, and the verifier that {@code /audit} and the offline {@code verify} command run over stored
 * or exported events.
 */
package org.roundtable.api.audit;
