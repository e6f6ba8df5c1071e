package org.roundtable.api.queries;

import jakarta.annotation.Nullable;
import java.util.List;
import org.roundtable.api.ContractStatus;
import org.roundtable.api.PartnerId;

/** The contract: current version (null before any draft), status, and who signed that version. */
public record ContractView(
        @Nullable Integer version,
        ContractStatus status,
        @Nullable String terms,
        List<PartnerId> signedBy,
        List<SignatureView> signatures) {}
