package org.roundtable.server.axon;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.roundtable.api.Actor;
import org.roundtable.server.actor.CurrentActor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Records who acted: every dispatched command carries the authenticated user and the user's global
 * roles in its metadata, for the aggregate to decide whether the user may send it; the events its
 * handler applies copy the user's name only, so the audit trail names the actor of every event.
 */
@Configuration(proxyBeanMethods = false)
class ActorMetadataConfiguration {

    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> actorStamp(CurrentActor currentActor) {
        return new MessageDispatchInterceptor<>() {
            @Override
            public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
                    List<? extends CommandMessage<?>> messages) {
                return (index, command) ->
                        command.andMetaData(currentActor.get().metaData());
            }
        };
    }

    @Bean
    CorrelationDataProvider actorCorrelation() {
        return fromCommandsOnly(new SimpleCorrelationDataProvider(Actor.NAME));
    }

    /** Axon's own provider (correlation and trace ids) backs off once any provider bean exists. */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return fromCommandsOnly(new MessageOriginProvider());
    }

    /**
     * Correlation data is carried from commands to the events they apply, and from nothing else: no
     * handler of an event or a query dispatches a message. Axon still asks the providers about every
     * message it handles, and answering for an event meant deserialising its metadata in each view's
     * processor, a fifth of a rebuild's CPU.
     */
    static CorrelationDataProvider fromCommandsOnly(CorrelationDataProvider provider) {
        return message -> message instanceof CommandMessage<?> ? provider.correlationDataFor(message) : Map.of();
    }
}
