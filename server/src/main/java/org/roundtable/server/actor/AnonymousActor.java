package org.roundtable.server.actor;

import org.springframework.stereotype.Component;

/**
 * Until authentication exists every request acts as "anonymous"; the security work replaces this
 * bean with one that reads the authenticated user.
 */
@Component
class AnonymousActor implements CurrentActor {

    @Override
    public String name() {
        return "anonymous";
    }
}
