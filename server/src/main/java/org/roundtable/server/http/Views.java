package org.roundtable.server.http;

import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * Reads the views of the query side. They are eventually consistent: right after a write, a view
 * may not show it yet, and something just created may still be unknown (404) for a moment.
 */
@Component
class Views {

    private final QueryGateway queryGateway;

    Views(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** The answer to a query that always has one. */
    <R> R get(Object query, Class<R> view) {
        return queryGateway.query(query, ResponseTypes.instanceOf(view)).join();
    }

    /** The answer to a query about one thing, or a {@code notFound} refusal when there is none. */
    <R> R find(Object query, Class<R> view, ErrorCode notFound, String what) {
        Optional<R> answer = queryGateway.query(query, ResponseTypes.optionalInstanceOf(view)).join();
        return answer.orElseThrow(() -> new RuleViolation(notFound, "No " + what + " with this id"));
    }
}
