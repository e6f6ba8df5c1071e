package org.roundtable.server.write;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.roundtable.query.support.ViewPositions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The parts of the write path that {@link CommandSettings} tunes. */
@Configuration(proxyBeanMethods = false)
class WriteConfiguration {

    @Bean
    PartnershipTurns partnershipTurns(CommandSettings settings, ViewPositions positions) {
        return new PartnershipTurns(settings.turnPatience(), settings.writesAtOnce(), positions::awaited);
    }

    @Bean
    ConflictRetries conflictRetries(CommandSettings settings) {
        return new ConflictRetries(settings.maxAttempts());
    }

    @Bean
    WriteTransaction writeTransaction(
            PlatformTransactionManager transactions, JdbcTemplate jdbc, EventSchema schema, CommandSettings settings) {
        return new WriteTransaction(transactions, jdbc, schema, settings.outcomePatience());
    }
}
