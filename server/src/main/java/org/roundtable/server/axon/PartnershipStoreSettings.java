package org.roundtable.server.axon;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How partnerships are loaded for their commands ({@code roundtable.snapshot-threshold} and
 * {@code roundtable.partnership-cache.*}).
 *
 * @param snapshotThreshold events of one partnership between two snapshots of its aggregate
 * @param partnershipCache  the partnerships kept in memory between commands
 */
@Validated
@ConfigurationProperties("roundtable")
public record PartnershipStoreSettings(
        @Min(1) int snapshotThreshold, @NotNull @Valid PartnershipCache partnershipCache) {

    /**
     * The partnerships kept in memory between commands.
     *
     * @param capacity partnerships kept at most
     */
    public record PartnershipCache(@Min(1) int capacity) {}
}
