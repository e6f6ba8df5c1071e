package org.roundtable.query.partnership;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.roundtable.api.ContractStatus;
import org.roundtable.api.DecisionRule;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnerStatus;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Segment;
import org.roundtable.api.events.ContractCameIntoForce;
import org.roundtable.api.events.ContractLapsed;
import org.roundtable.api.events.ContractSigned;
import org.roundtable.api.events.ContractTermsDrafted;
import org.roundtable.api.events.PartnerAdmitted;
import org.roundtable.api.events.PartnerWithdrawn;
import org.roundtable.api.events.PartnershipFormed;
import org.roundtable.api.queries.ContractView;
import org.roundtable.api.queries.PartnerView;
import org.roundtable.api.queries.PartnershipView;
import org.roundtable.api.queries.SignatureView;
import org.roundtable.query.support.RecordedEvent;

/**
 * The partnership view folded from its events in memory, with the meaning {@link PartnershipProjection}
 * gives them in its tables, so that the partnership as of an instant reads like the live view.
 * Events come once each and in stream order, so the projection's guards against re-delivery are not
 * needed here; its rule that a contract status belongs to a version is.
 */
final class PartnershipFold {

    private PartnershipId id;
    private String name;
    private String purpose;
    /** The (loop, phase) in force, folded by the one rule of {@link Segment}. */
    private Segment segment;

    private DecisionRule decisionRule;
    private Instant formedAt;
    private final Map<PartnerId, PartnerView> partners = new LinkedHashMap<>();
    private Integer contractVersion;
    private ContractStatus contractStatus;
    private String terms;
    /** The signatures of the current version, in signing order. */
    private final Map<PartnerId, SignatureView> signatures = new LinkedHashMap<>();

    /** The partnership after {@code events}; empty when they do not form it. */
    static Optional<PartnershipView> of(List<RecordedEvent> events) {
        PartnershipFold fold = new PartnershipFold();
        events.forEach(event -> fold.apply(event.payload(), event.at()));
        return fold.view();
    }

    private void apply(Object event, Instant at) {
        // A stream starts with PartnershipFormed, so every later event has a segment to follow.
        segment = Segment.of(segment, event);
        if (event instanceof PartnershipFormed formed) {
            id = formed.partnershipId();
            name = formed.name();
            purpose = formed.purpose();
            decisionRule = formed.decisionRule();
            formedAt = at;
            contractStatus = ContractStatus.NONE;
        } else if (event instanceof PartnerAdmitted admitted) {
            partners.put(
                    admitted.partnerId(),
                    new PartnerView(
                            admitted.partnerId(), admitted.name(), admitted.sector(), PartnerStatus.ACTIVE, at, null));
        } else if (event instanceof PartnerWithdrawn withdrawn) {
            partners.computeIfPresent(
                    withdrawn.partnerId(),
                    (partnerId, partner) -> new PartnerView(
                            partnerId,
                            partner.name(),
                            partner.sector(),
                            PartnerStatus.WITHDRAWN,
                            partner.joinedAt(),
                            at));
        } else if (event instanceof ContractTermsDrafted drafted) {
            contractVersion = drafted.version();
            contractStatus = ContractStatus.DRAFT;
            terms = drafted.terms();
            // Signatures of earlier versions are void.
            signatures.clear();
        } else if (event instanceof ContractSigned signed && isCurrent(signed.version())) {
            signatures.put(signed.partnerId(), new SignatureView(signed.partnerId(), signed.signatory(), at));
        } else if (event instanceof ContractCameIntoForce inForce && isCurrent(inForce.version())) {
            contractStatus = ContractStatus.IN_FORCE;
        } else if (event instanceof ContractLapsed lapsed && isCurrent(lapsed.version())) {
            contractStatus = ContractStatus.DRAFT;
        }
        // Every other event (proposals, votes, lessons, ...) does not change what this view shows.
    }

    private boolean isCurrent(int version) {
        return contractVersion != null && contractVersion == version;
    }

    private Optional<PartnershipView> view() {
        if (id == null) {
            return Optional.empty();
        }
        ContractView contract = new ContractView(
                contractVersion,
                contractStatus,
                terms,
                List.copyOf(signatures.keySet()),
                List.copyOf(signatures.values()));
        return Optional.of(new PartnershipView(
                id,
                name,
                purpose,
                segment.phase(),
                segment.loop(),
                decisionRule,
                formedAt,
                List.copyOf(partners.values()),
                contract));
    }
}
