package org.roundtable.api;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.roundtable.api.events.EventMetadata;

/**
 * The authenticated user who sends a command, with the global roles the user holds. It travels in
 * the command's metadata: the name under {@link #NAME} (which every event copies, so the record
 * names its actor), the roles under {@link #ROLES} (which no event copies: they are the user's
 * standing at that moment, not part of the record).
 */
public record Actor(String name, Set<GlobalRole> roles) {

    public static final String NAME = EventMetadata.ACTOR;
    public static final String ROLES = "actorRoles";

    public Actor {
        Objects.requireNonNull(name, "name");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Actor of(String name, GlobalRole... roles) {
        return new Actor(name, Set.of(roles));
    }

    /** The actor a command's metadata names; fails when it names none, since every command is sent by someone. */
    public static Actor from(Map<String, ?> metaData) {
        if (!(metaData.get(NAME) instanceof String name)) {
            throw new IllegalStateException("The command carries no actor: it was sent without authentication");
        }
        Object roles = metaData.get(ROLES);
        Set<GlobalRole> parsed = roles instanceof String list && !list.isBlank()
                ? Arrays.stream(list.split(",")).map(GlobalRole::valueOf).collect(Collectors.toSet())
                : Set.of();
        return new Actor(name, parsed);
    }

    /** The metadata a command carries for this actor; roles as one comma-separated text, so that any serializer keeps them. */
    public Map<String, String> metaData() {
        return Map.of(NAME, name, ROLES, roles.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
    }

    public boolean holds(GlobalRole role) {
        return roles.contains(role);
    }
}
