package org.roundtable.server.actor;

import org.roundtable.api.events.EventMetadata;

/** Names the user on whose behalf the current request acts. */
public interface CurrentActor {

    /** The key under which the actor travels in command and event metadata, as the api names it. */
    String METADATA_KEY = EventMetadata.ACTOR;

    /** The acting user's name; never null. */
    String name();
}
