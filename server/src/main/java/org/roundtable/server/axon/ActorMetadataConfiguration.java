package org.roundtable.server.axon;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.roundtable.server.actor.CurrentActor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Records who acted: every dispatched command carries the current actor in its metadata, and the
 * events its handler applies copy it, so the audit trail names the actor of every event.
 */
@Configuration(proxyBeanMethods = false)
class ActorMetadataConfiguration {

    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> actorStamp(CurrentActor currentActor) {
        return new MessageDispatchInterceptor<>() {
            @Override
            public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
                    List<? extends CommandMessage<?>> messages) {
                return (index, command) -> command.andMetaData(Map.of(CurrentActor.METADATA_KEY, currentActor.name()));
            }
        };
    }

    @Bean
    CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(CurrentActor.METADATA_KEY);
    }

    /** Axon's own provider (correlation and trace ids) backs off once any provider bean exists. */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }
}
