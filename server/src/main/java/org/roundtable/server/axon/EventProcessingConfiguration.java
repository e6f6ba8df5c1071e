package org.roundtable.server.axon;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * Every processing group (the projections of the query module and any later one) runs in a pooled
 * streaming processor that keeps its token in PostgreSQL. A handler that throws rolls its batch
 * back and the segment is retried with a growing back-off, instead of Axon's default of logging the
 * error and moving on, which would silently lose that event from the view.
 */
@Configuration(proxyBeanMethods = false)
class EventProcessingConfiguration {

    @Autowired
    void configure(EventProcessingConfigurer processing) {
        processing.usingPooledStreamingEventProcessors()
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }
}
