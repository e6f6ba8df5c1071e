package org.roundtable.server.axon;

import org.axonframework.config.Configuration;
import org.axonframework.queryhandling.LoggingQueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryBusSpanFactory;
import org.axonframework.queryhandling.QueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;

/**
 * The query bus, built as Axon's AxonAutoConfiguration builds it but with no transaction around a query. The
 * views' reads choose their own: one statement is one snapshot on its own, and a read of several is a
 * {@code ConsistentRead}, one REPEATABLE READ transaction — which Axon's transaction around every query
 * silently overruled, joining it at READ COMMITTED (so two statements of a report could see two moments),
 * while costing every read of one statement a BEGIN and a COMMIT.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class QueryBusConfiguration {

    @Bean
    @Qualifier("localSegment")
    SimpleQueryBus queryBus(Configuration axon) {
        return SimpleQueryBus.builder()
                .messageMonitor(axon.messageMonitor(QueryBus.class, "queryBus"))
                .errorHandler(axon.getComponent(
                        QueryInvocationErrorHandler.class,
                        () -> LoggingQueryInvocationErrorHandler.builder().build()))
                .queryUpdateEmitter(axon.getComponent(QueryUpdateEmitter.class))
                .spanFactory(axon.getComponent(QueryBusSpanFactory.class))
                .build();
    }
}
