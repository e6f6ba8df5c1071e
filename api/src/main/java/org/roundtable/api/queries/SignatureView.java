package org.roundtable.api.queries;

import java.time.Instant;
import org.roundtable.api.PartnerId;

/** A partner's signature of the current contract version. */
public record SignatureView(PartnerId partnerId, String signatory, Instant signedAt) {}
