/**
 * Commands: imperative requests to the Partnership aggregate, each naming its partnership,
 * and the results some of them answer.
 */
package org.roundtable.api.commands;
