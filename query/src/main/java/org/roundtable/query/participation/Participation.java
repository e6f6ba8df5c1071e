package org.roundtable.query.participation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.roundtable.api.ParticipationFlag;
import org.roundtable.api.Sector;
import org.roundtable.api.queries.ParticipationReport;
import org.roundtable.api.queries.PartnerParticipation;
import org.roundtable.api.queries.SectorParticipation;
import org.roundtable.query.support.Gini;
import org.roundtable.query.support.Share;

/**
 * The participation report (SPEC section 4), reckoned from the partners' counters when it is read:
 * each figure in one method, named as the specification names it. N is the number of active
 * partners; withdrawn partners are listed apart and left out of every share and index.
 */
public final class Participation {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal TWICE = BigDecimal.valueOf(2);
    /** Of two partners, one speaking more than the other is no domination. */
    private static final int FEWEST_PARTNERS_TO_DOMINATE = 3;

    private final List<PartnerVoice> active;
    private final List<PartnerVoice> withdrawn;

    /** {@code partners}, active and withdrawn, in admission order. */
    Participation(List<PartnerVoice> partners) {
        this.active =
                partners.stream().filter(partner -> partner.member().active()).toList();
        this.withdrawn =
                partners.stream().filter(partner -> !partner.member().active()).toList();
    }

    public ParticipationReport report() {
        return new ParticipationReport(
                equalShare().value(),
                voiceGini(),
                speakingGini(),
                balance(),
                active.stream().map(this::partner).toList(),
                withdrawn.stream().map(PartnerVoice::withdrawn).toList(),
                sectors());
    }

    /** equalShare = 1/N, 0 when N = 0. */
    Share equalShare() {
        return Share.equalShare(active.size());
    }

    /** voiceShare = Σ voiceActs of the partners (one partner, or a sector's) / Σ voiceActs of all; 0 when that is 0. */
    Share voiceShare(Collection<PartnerVoice> partners) {
        return Share.of(sum(partners, PartnerVoice::voiceActs), sum(active, PartnerVoice::voiceActs));
    }

    /** speakingShare = speakingSeconds / Σ speakingSeconds; 0 when that is 0. */
    Share speakingShare(PartnerVoice partner) {
        return Share.of(partner.speakingSeconds(), sum(active, PartnerVoice::speakingSeconds));
    }

    /** turnout = Σ votesCast / Σ votesEligible of the partners (one, or a sector's); 0 when none was eligible. */
    static Share turnout(Collection<PartnerVoice> partners) {
        return Share.of(sum(partners, PartnerVoice::votesCast), sum(partners, PartnerVoice::votesEligible));
    }

    /**
     * SILENT when voiceShare &lt; 0.5 × (1/N), so everyone when nobody has spoken; DOMINANT when
     * voiceShare &gt; 2 × (1/N) and N ≥ 3.
     */
    List<ParticipationFlag> flags(PartnerVoice partner) {
        Share voiceShare = voiceShare(List.of(partner));
        List<ParticipationFlag> flags = new ArrayList<>();
        if (voiceShare.isBelow(equalShare().times(HALF))) {
            flags.add(ParticipationFlag.SILENT);
        }
        if (active.size() >= FEWEST_PARTNERS_TO_DOMINATE
                && voiceShare.isAbove(equalShare().times(TWICE))) {
            flags.add(ParticipationFlag.DOMINANT);
        }
        return List.copyOf(flags);
    }

    /** turnout over all N partners: Σ votesCast / Σ votesEligible; 0 when none was eligible. */
    public double turnout() {
        return turnout(active).value();
    }

    /** The number of active partners flagged {@code flag}. */
    public int flagged(ParticipationFlag flag) {
        return (int)
                active.stream().filter(partner -> flags(partner).contains(flag)).count();
    }

    /** voiceGini = Gini of voiceActs over the N partners. */
    public double voiceGini() {
        return Gini.of(active.stream().mapToLong(PartnerVoice::voiceActs).toArray());
    }

    /** speakingGini = Gini of speakingSeconds over the N partners. */
    public double speakingGini() {
        return Gini.of(active.stream().mapToLong(PartnerVoice::speakingSeconds).toArray());
    }

    /** balance = 1 − voiceGini. */
    public double balance() {
        return 1 - voiceGini();
    }

    /** memberShare = members / N. */
    Share memberShare(Collection<PartnerVoice> members) {
        return Share.of(members.size(), active.size());
    }

    /** representation = voiceShare / memberShare, 0 when memberShare is 0. */
    Share representation(Collection<PartnerVoice> members) {
        return voiceShare(members).per(memberShare(members));
    }

    private PartnerParticipation partner(PartnerVoice partner) {
        List<PartnerVoice> alone = List.of(partner);
        return new PartnerParticipation(
                partner.member().partnerId(),
                partner.member().name(),
                partner.member().sector(),
                partner.proposals(),
                partner.votesCast(),
                partner.votesEligible(),
                turnout(alone).value(),
                partner.meetingsAttended(),
                partner.meetingsHeld(),
                partner.attendance().value(),
                partner.contributions(),
                partner.speakingSeconds(),
                partner.lessons(),
                partner.voiceActs(),
                voiceShare(alone).value(),
                speakingShare(partner).value(),
                flags(partner));
    }

    /** The sectors with at least one active partner, in the order of {@link Sector}. */
    private List<SectorParticipation> sectors() {
        Map<Sector, List<PartnerVoice>> bySector = new EnumMap<>(Sector.class);
        active.forEach(partner -> bySector.computeIfAbsent(partner.member().sector(), sector -> new ArrayList<>())
                .add(partner));
        return bySector.entrySet().stream()
                .map(sector -> {
                    List<PartnerVoice> members = sector.getValue();
                    return new SectorParticipation(
                            sector.getKey(),
                            members.size(),
                            memberShare(members).value(),
                            voiceShare(members).value(),
                            representation(members).value(),
                            turnout(members).value());
                })
                .toList();
    }

    private static long sum(Collection<PartnerVoice> partners, ToLongFunction<PartnerVoice> counter) {
        return partners.stream().mapToLong(counter).sum();
    }
}
