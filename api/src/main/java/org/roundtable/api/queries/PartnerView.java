package org.roundtable.api.queries;

import jakarta.annotation.Nullable;
import java.time.Instant;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnerStatus;
import org.roundtable.api.Sector;

/** A member organisation; {@code withdrawnAt} is null while it is active. */
public record PartnerView(
        PartnerId id,
        String name,
        Sector sector,
        PartnerStatus status,
        Instant joinedAt,
        @Nullable Instant withdrawnAt) {}
