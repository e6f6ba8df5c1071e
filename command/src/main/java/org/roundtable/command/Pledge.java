package org.roundtable.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.math.BigDecimal;
import java.util.Objects;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.PledgeId;
import org.roundtable.api.RuleViolation;
import org.roundtable.api.Sector;
import org.roundtable.api.commands.PledgeBalance;
import org.roundtable.api.events.PledgeDelivered;
import org.roundtable.api.events.PledgeMade;
import org.roundtable.api.events.PledgeWithdrawn;

/**
 * A partner's pledge of resources, a member of the Partnership aggregate. Deliveries never exceed
 * what remains of it (pledged − delivered − withdrawn); withdrawing it withdraws what remains, after
 * which it takes nothing more.
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
class Pledge {

    @EntityId
    private PledgeId pledgeId;

    private PartnershipId partnershipId;
    private PartnerId partnerId;
    private String unit;
    private BigDecimal pledged;
    private BigDecimal delivered = BigDecimal.ZERO;
    private BigDecimal withdrawn = BigDecimal.ZERO;

    Pledge() {
        // for snapshots
    }

    Pledge(PledgeMade made) {
        this.pledgeId = made.pledgeId();
        this.partnershipId = made.partnershipId();
        this.partnerId = made.partnerId();
        this.unit = made.unit();
        this.pledged = made.amount();
    }

    /** The pledging partner, whose withdrawal from the partnership freezes the pledge. */
    PartnerId partnerId() {
        return partnerId;
    }

    /** Records a delivery of at most what remains; {@code sector} is the pledging partner's. */
    PledgeBalance deliver(BigDecimal amount, Sector sector, String note) {
        requireNotWithdrawn();
        requireWithinRemainder(amount);
        apply(new PledgeDelivered(partnershipId, pledgeId, partnerId, sector, amount, unit, note));
        return balance();
    }

    /** Withdraws what remains; {@code sector} is the pledging partner's. */
    PledgeBalance withdraw(Sector sector, String reason) {
        requireNotWithdrawn();
        requireNotFulfilled();
        apply(new PledgeWithdrawn(partnershipId, pledgeId, partnerId, sector, remaining(), unit, reason));
        return balance();
    }

    private void requireNotWithdrawn() {
        // A withdrawal always takes a positive remainder: a fulfilled pledge refuses it.
        if (withdrawn.signum() > 0) {
            throw new RuleViolation(
                    ErrorCode.PLEDGE_WITHDRAWN,
                    "Pledge " + pledgeId + " was withdrawn: it takes no more deliveries and cannot be withdrawn again");
        }
    }

    private void requireWithinRemainder(BigDecimal amount) {
        if (amount.compareTo(remaining()) > 0) {
            throw new RuleViolation(
                    ErrorCode.DELIVERY_EXCEEDS_PLEDGE,
                    "amount",
                    "A delivery of " + amount + " " + unit + " exceeds what remains of pledge " + pledgeId + ": "
                            + remaining() + " " + unit);
        }
    }

    private void requireNotFulfilled() {
        if (remaining().signum() == 0) {
            throw new RuleViolation(
                    ErrorCode.PLEDGE_FULFILLED,
                    "Pledge " + pledgeId + " was delivered in full: nothing remains to withdraw");
        }
    }

    private BigDecimal remaining() {
        return Require.normalised(pledged.subtract(delivered).subtract(withdrawn));
    }

    private PledgeBalance balance() {
        return new PledgeBalance(pledged, Require.normalised(delivered), withdrawn, remaining());
    }

    @EventSourcingHandler
    void on(PledgeDelivered event) {
        delivered = delivered.add(event.amount());
    }

    @EventSourcingHandler
    void on(PledgeWithdrawn event) {
        withdrawn = event.amount();
    }

    // Value equality lets Axon's test fixture prove that state changes only in event sourcing handlers.
    @Override
    public boolean equals(Object other) {
        return other instanceof Pledge that
                && Objects.equals(pledgeId, that.pledgeId)
                && Objects.equals(partnershipId, that.partnershipId)
                && Objects.equals(partnerId, that.partnerId)
                && Objects.equals(unit, that.unit)
                && Objects.equals(pledged, that.pledged)
                && Objects.equals(delivered, that.delivered)
                && Objects.equals(withdrawn, that.withdrawn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pledgeId, delivered, withdrawn);
    }
}
