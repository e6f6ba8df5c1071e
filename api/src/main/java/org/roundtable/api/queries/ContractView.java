package org.roundtable.api.queries;

import java.util.List;
import org.roundtable.api.ContractStatus;
import org.roundtable.api.PartnerId;

/** The contract: current version (null before any draft), status, and who signed that version. */
public record ContractView(Integer version, ContractStatus status, String terms, List<PartnerId> signedBy, List<SignatureView> signatures) {
}
