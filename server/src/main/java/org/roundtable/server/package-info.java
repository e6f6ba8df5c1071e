/**
 * The Spring Boot application that puts Roundtable's write side, read side and HTTP API together;
 * its sub-packages hold the Axon infrastructure, the embedded database and the HTTP layer.
 */
package org.roundtable.server;
