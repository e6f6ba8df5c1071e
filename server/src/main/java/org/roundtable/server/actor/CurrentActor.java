package org.roundtable.server.actor;

/** Names the user on whose behalf the current request acts. */
public interface CurrentActor {

    /** The key under which the actor travels in command and event metadata. */
    String METADATA_KEY = "actor";

    /** The acting user's name; never null. */
    String name();
}
