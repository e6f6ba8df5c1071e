/**
 * Roundtable's published language: the typed ids, value types, enumerations and error codes
 * shared by the write side, the read side and the HTTP layer.
 */
package org.roundtable.api;
