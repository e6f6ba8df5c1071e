package org.roundtable.server.http;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.roundtable.api.DecisionMethod;
import org.roundtable.api.DecisionRule;
import org.roundtable.api.IndicatorDefinition;
import org.roundtable.api.IndicatorId;
import org.roundtable.api.PartnerId;
import org.roundtable.api.Phase;
import org.roundtable.api.PledgeKind;
import org.roundtable.api.ProposalKind;
import org.roundtable.api.Sector;
import org.roundtable.api.VoteChoice;

/**
 * The request bodies of the write side, kept apart from the commands because the server chooses
 * the ids and fills the defaults. Their values are checked by the write side, which names the
 * field at fault; a {@link Nullable} one may be left out, every other one is required.
 */
public final class RequestBodies {

    private RequestBodies() {}

    public record FormPartnershipBody(String name, String purpose, DecisionRuleBody decisionRule) {

        DecisionRule decisionRuleWithDefaults() {
            return (decisionRule == null ? new DecisionRuleBody(null, null, null) : decisionRule).withDefaults();
        }
    }

    /** A decision rule; quorum defaults to {@link DecisionRule#DEFAULT_QUORUM}, requireEverySector to false. */
    public record DecisionRuleBody(
            DecisionMethod method,
            @Nullable BigDecimal quorum,
            @Nullable Boolean requireEverySector) {

        public DecisionRule withDefaults() {
            return new DecisionRule(
                    method,
                    quorum == null ? DecisionRule.DEFAULT_QUORUM : quorum,
                    Boolean.TRUE.equals(requireEverySector));
        }
    }

    /** {@code representatives} may be left out: nobody acts for the partner until some are appointed. */
    public record AdmitPartnerBody(
            String name, Sector sector, @Nullable List<String> representatives) {}

    /** The user a coordinator appoints or removes as coordinator or auditor. */
    public record UserBody(String user) {}

    /** Every representative of a partner: those not listed are no longer. */
    public record RepresentativesBody(List<String> users) {}

    /** The withdrawal of a partner from the partnership, or of a pledge. */
    public record WithdrawalBody(String reason) {}

    /**
     * {@code indicator} only on an INDICATOR proposal, which defines it; {@code evidence} the adopted
     * indicators the proposal cites (one cited twice counts once), required of a PHASE_CHANGE to SCALE.
     */
    public record ProposalBody(
            PartnerId partnerId,
            ProposalKind kind,
            String title,
            String text,
            @Nullable Phase targetPhase,
            @Nullable IndicatorBody indicator,
            @Nullable List<IndicatorId> evidence) {}

    /** What an INDICATOR proposal asks the partners to measure: from {@code baseline} towards {@code target}. */
    public record IndicatorBody(String name, String unit, BigDecimal baseline, BigDecimal target) {

        IndicatorDefinition definition() {
            return new IndicatorDefinition(name, unit, baseline, target);
        }
    }

    /** A partner's measurement of an indicator as observed at {@code observedAt}, not after now. */
    public record MeasurementBody(
            PartnerId partnerId,
            BigDecimal value,
            Instant observedAt,
            @Nullable String source) {}

    public record VoteBody(
            PartnerId partnerId,
            VoteChoice choice,
            @Nullable String rationale) {}

    /** Closing takes no input; the empty record still refuses unknown fields. */
    public record ClosureBody() {}

    public record ContractTermsBody(String terms) {}

    /** {@code version} is boxed so that a missing version is told apart from version 0. */
    public record SignatureBody(PartnerId partnerId, Integer version, String signatory) {}

    /** {@code phase} may be left out: the lesson then belongs to the partnership's current phase. */
    public record LessonBody(PartnerId partnerId, @Nullable Phase phase, String title, String text) {}

    public record MeetingBody(String title, Instant heldAt) {}

    /** A partner's witness: who runs it, and its signed-note verifier key. */
    public record WitnessBody(String name, String verifierKey) {}

    public record AttendanceBody(List<PartnerId> partnerIds) {}

    /** {@code seconds} is boxed so that missing seconds are told apart from 0. */
    public record ContributionBody(
            PartnerId partnerId, Integer seconds, @Nullable String topic) {}

    public record PledgeBody(
            PartnerId partnerId, PledgeKind kind, BigDecimal amount, String unit, String description) {}

    public record DeliveryBody(BigDecimal amount, @Nullable String note) {}
}
