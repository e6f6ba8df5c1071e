package org.roundtable.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.roundtable.api.events.EventTypes;
import org.roundtable.api.events.VoteCast;

class EventTypesTest {

    @Test
    void theStableNameIsTheSimpleNameWhereverTheClassLives() {
        assertThat(EventTypes.nameOf(VoteCast.class)).isEqualTo("VoteCast");
        assertThat(EventTypes.nameOf("org.roundtable.api.events.VoteCast")).isEqualTo("VoteCast");
        assertThat(EventTypes.nameOf("org.elsewhere.Moved$VoteCast")).isEqualTo("VoteCast");
    }
}
