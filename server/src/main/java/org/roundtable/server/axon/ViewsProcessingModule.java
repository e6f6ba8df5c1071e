package org.roundtable.server.axon;

import org.axonframework.config.EventProcessingModule;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * Axon's event processing module, except that a tracking processor hands each event to its views
 * through {@link HandlersByPayloadType} rather than asking every view about every event.
 */
final class ViewsProcessingModule extends EventProcessingModule {

    @Override
    protected EventProcessor trackingEventProcessor(
            String name,
            EventHandlerInvoker handlers,
            TrackingEventProcessorConfiguration config,
            StreamableMessageSource<TrackedEventMessage<?>> source) {
        EventHandlerInvoker byType =
                handlers instanceof MultiEventHandlerInvoker views ? new HandlersByPayloadType(views) : handlers;
        return super.trackingEventProcessor(name, byType, config, source);
    }
}
