package org.roundtable.server.audit;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the export and the audit read a partnership's history ({@code roundtable.audit.*}).
 *
 * @param fetchSize rows of the event store fetched at a time, so that memory does not grow with a history
 */
@Validated
@ConfigurationProperties("roundtable.audit")
public record AuditSettings(@Min(1) int fetchSize) {}
