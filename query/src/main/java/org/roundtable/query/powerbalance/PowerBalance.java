package org.roundtable.query.powerbalance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.roundtable.api.queries.PartnerPower;
import org.roundtable.api.queries.PowerBalanceReport;
import org.roundtable.api.queries.PowerFlag;
import org.roundtable.query.support.Gini;
import org.roundtable.query.support.Share;

/**
 * The power-balance report (SPEC section 5), reckoned from the partners' counters when it is read:
 * each figure in one method, named as the specification names it. N is the number of active
 * partners; withdrawn partners are left out of every share and index, but the proposals they got
 * adopted still count among all adopted proposals.
 */
public final class PowerBalance {

    private static final Share HALF = Share.of(1, 2);
    private static final BigDecimal TWICE = BigDecimal.valueOf(2);
    /** Of two partners, one setting more of the agenda than the other is no concentration. */
    private static final int FEWEST_PARTNERS_TO_CONCENTRATE = 3;

    private final List<PartnerWeight> all;
    private final List<PartnerWeight> active;
    private final List<PowerFlag> sectorsOverruled;

    /** {@code partners}, active and withdrawn, in admission order; the SECTOR_OVERRULED findings in decision order. */
    PowerBalance(List<PartnerWeight> partners, List<PowerFlag> sectorsOverruled) {
        this.all = partners;
        this.active =
                partners.stream().filter(partner -> partner.member().active()).toList();
        this.sectorsOverruled = sectorsOverruled;
    }

    public PowerBalanceReport report() {
        return new PowerBalanceReport(
                agendaGini(), active.stream().map(this::partner).toList(), flags());
    }

    /** agendaShare = proposalsAdopted / all adopted proposals of the partnership; 0 when none was adopted. */
    Share agendaShare(PartnerWeight partner) {
        return Share.of(
                partner.proposalsAdopted(),
                all.stream().mapToLong(PartnerWeight::proposalsAdopted).sum());
    }

    /** resourceShare = its EUR pledged (net) / the same sum over all active partners; 0 when that is 0. */
    Share resourceShare(PartnerWeight partner) {
        BigDecimal activeEur = active.stream().map(PartnerWeight::eurPledged).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Share.of(partner.eurPledged(), activeEur);
    }

    /** agendaGini = Gini of proposalsAdopted over the N partners. */
    public double agendaGini() {
        return Gini.of(
                active.stream().mapToLong(PartnerWeight::proposalsAdopted).toArray());
    }

    /** The proposals decided, whoever wrote them: withdrawn authors' too, as among all adopted proposals. */
    public int decided() {
        return all.stream().mapToInt(PartnerWeight::proposalsDecided).sum();
    }

    /** The proposals adopted, whoever wrote them. */
    public int adopted() {
        return all.stream().mapToInt(PartnerWeight::proposalsAdopted).sum();
    }

    /** AGENDA_CONCENTRATION: a partner authored more than half of all adopted proposals, and N ≥ 3. */
    boolean agendaConcentration(PartnerWeight partner) {
        return active.size() >= FEWEST_PARTNERS_TO_CONCENTRATE
                && agendaShare(partner).isAbove(HALF);
    }

    /** PURSE_POWER: resourceShare ≥ 0.5 and agendaShare ≥ 2 × (1/N). */
    boolean pursePower(PartnerWeight partner) {
        return resourceShare(partner).isAtLeast(HALF)
                && agendaShare(partner)
                        .isAtLeast(Share.equalShare(active.size()).times(TWICE));
    }

    /** AGENDA_CONCENTRATION, then SECTOR_OVERRULED in decision order, then PURSE_POWER; partners in admission order. */
    private List<PowerFlag> flags() {
        List<PowerFlag> flags = new ArrayList<>();
        active.stream()
                .filter(this::agendaConcentration)
                .forEach(partner ->
                        flags.add(PowerFlag.agendaConcentration(partner.member().partnerId())));
        flags.addAll(sectorsOverruled);
        active.stream()
                .filter(this::pursePower)
                .forEach(partner ->
                        flags.add(PowerFlag.pursePower(partner.member().partnerId())));
        return List.copyOf(flags);
    }

    private PartnerPower partner(PartnerWeight partner) {
        return new PartnerPower(
                partner.member().partnerId(),
                partner.member().name(),
                partner.member().sector(),
                partner.proposalsDecided(),
                partner.proposalsAdopted(),
                partner.adoptionRate().value(),
                agendaShare(partner).value(),
                partner.overruled(),
                partner.alignment().value(),
                resourceShare(partner).value());
    }
}
