package org.roundtable.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.LapseReason;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.RuleViolation;
import org.roundtable.api.Sector;
import org.roundtable.api.events.ContractCameIntoForce;
import org.roundtable.api.events.ContractLapsed;
import org.roundtable.api.events.ContractSigned;
import org.roundtable.api.events.ContractTermsDrafted;

/**
 * The partnership contract, a member of the Partnership aggregate: versioned terms, in force when
 * every active partner has signed the current version. A new draft voids earlier signatures.
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
class Contract {

    private PartnershipId partnershipId;
    /** 0 before any draft. */
    private int version;

    private Set<PartnerId> signers = new LinkedHashSet<>();
    private boolean inForce;

    Contract() {
        // for snapshots
    }

    Contract(PartnershipId partnershipId) {
        this.partnershipId = partnershipId;
    }

    /** Drafts version n+1; a contract in force lapses, as its signatures are void now. */
    int draft(String terms) {
        if (inForce) {
            apply(new ContractLapsed(partnershipId, version, LapseReason.NEW_DRAFT));
        }
        int newVersion = version + 1;
        apply(new ContractTermsDrafted(partnershipId, newVersion, terms));
        return newVersion;
    }

    /** Signs the current version once; it comes into force with the last active partner's signature. */
    void sign(PartnerId partnerId, Sector sector, int signedVersion, String signatory, Set<PartnerId> activePartners) {
        requireDrafted();
        requireCurrent(signedVersion);
        requireNotSignedBy(partnerId);
        apply(new ContractSigned(partnershipId, signedVersion, partnerId, sector, signatory));
        comeIntoForceIfEveryoneSigned(activePartners);
    }

    /** A new partner has not signed: a contract in force lapses. */
    void partnerAdmitted() {
        if (inForce) {
            apply(new ContractLapsed(partnershipId, version, LapseReason.PARTNER_ADMITTED));
        }
    }

    /** When the only partner still missing withdraws, everyone left has signed. */
    void partnerWithdrew(Set<PartnerId> activePartners) {
        comeIntoForceIfEveryoneSigned(activePartners);
    }

    private void comeIntoForceIfEveryoneSigned(Set<PartnerId> activePartners) {
        // With no active partner left there is nobody bound by the contract: it stays a draft.
        if (version > 0 && !inForce && !activePartners.isEmpty() && signers.containsAll(activePartners)) {
            apply(new ContractCameIntoForce(partnershipId, version));
        }
    }

    private void requireDrafted() {
        if (version == 0) {
            throw new RuleViolation(
                    ErrorCode.NO_CONTRACT_DRAFTED,
                    "version",
                    "No contract terms have been drafted yet: there is nothing to sign");
        }
    }

    private void requireCurrent(int signedVersion) {
        if (signedVersion != version) {
            throw new RuleViolation(
                    ErrorCode.CONTRACT_VERSION_NOT_CURRENT,
                    "version",
                    "Version " + signedVersion + " is not the current version of the contract (" + version
                            + "): only the current version can be signed");
        }
    }

    private void requireNotSignedBy(PartnerId partnerId) {
        if (signers.contains(partnerId)) {
            throw new RuleViolation(
                    ErrorCode.CONTRACT_ALREADY_SIGNED,
                    "partnerId",
                    "Partner " + partnerId + " has already signed version " + version + " of the contract");
        }
    }

    @EventSourcingHandler
    void on(ContractTermsDrafted event) {
        version = event.version();
        signers = new LinkedHashSet<>();
        inForce = false;
    }

    @EventSourcingHandler
    void on(ContractSigned event) {
        signers.add(event.partnerId());
    }

    @EventSourcingHandler
    void on(ContractCameIntoForce event) {
        inForce = true;
    }

    @EventSourcingHandler
    void on(ContractLapsed event) {
        inForce = false;
    }

    // Value equality lets Axon's test fixture prove that state changes only in event sourcing handlers.
    @Override
    public boolean equals(Object other) {
        return other instanceof Contract that
                && version == that.version
                && inForce == that.inForce
                && Objects.equals(partnershipId, that.partnershipId)
                && signers.equals(that.signers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, inForce, signers.size());
    }
}
