package org.roundtable.server.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.junit.jupiter.api.Test;
import org.roundtable.api.Actor;

class ActorMetadataConfigurationTest {

    private final CorrelationDataProvider actor =
            ActorMetadataConfiguration.fromCommandsOnly(new SimpleCorrelationDataProvider(Actor.NAME));

    @Test
    void aCommandsActorIsCarriedToWhatItsHandlerApplies() {
        var command = GenericCommandMessage.asCommandMessage("vote").andMetaData(Map.of(Actor.NAME, "cora"));

        assertThat(actor.correlationDataFor(command)).isEqualTo(Map.of(Actor.NAME, "cora"));
    }

    @Test
    void anEventHandledByAViewCarriesNothingOn() {
        var event = GenericEventMessage.asEventMessage("VoteCast").andMetaData(MetaData.with(Actor.NAME, "cora"));

        assertThat(actor.correlationDataFor(event)).isEmpty();
    }
}
