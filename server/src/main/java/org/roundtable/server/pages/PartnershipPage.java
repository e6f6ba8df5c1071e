package org.roundtable.server.pages;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.IndicatorDefinition;
import org.roundtable.api.IndicatorId;
import org.roundtable.api.LessonId;
import org.roundtable.api.MeasurementId;
import org.roundtable.api.MeetingId;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Phase;
import org.roundtable.api.PledgeId;
import org.roundtable.api.PledgeKind;
import org.roundtable.api.ProposalId;
import org.roundtable.api.ProposalKind;
import org.roundtable.api.RuleViolation;
import org.roundtable.api.Sector;
import org.roundtable.api.commands.AdmitPartner;
import org.roundtable.api.commands.DraftContractTerms;
import org.roundtable.api.commands.LogLesson;
import org.roundtable.api.commands.MakePledge;
import org.roundtable.api.commands.RecordMeasurement;
import org.roundtable.api.commands.RecordMeeting;
import org.roundtable.api.commands.SignContract;
import org.roundtable.api.commands.SubmitProposal;
import org.roundtable.api.commands.WithdrawPartner;
import org.roundtable.api.queries.Agenda;
import org.roundtable.api.queries.CommitmentsReport;
import org.roundtable.api.queries.DecisionLog;
import org.roundtable.api.queries.DecisionView;
import org.roundtable.api.queries.FindAgenda;
import org.roundtable.api.queries.FindCommitments;
import org.roundtable.api.queries.FindDecisions;
import org.roundtable.api.queries.FindIndicator;
import org.roundtable.api.queries.FindIndicators;
import org.roundtable.api.queries.FindLessons;
import org.roundtable.api.queries.FindMeetings;
import org.roundtable.api.queries.FindParticipation;
import org.roundtable.api.queries.FindPartnershipAsOf;
import org.roundtable.api.queries.FindPowerBalance;
import org.roundtable.api.queries.FindTrends;
import org.roundtable.api.queries.IndicatorDetail;
import org.roundtable.api.queries.IndicatorList;
import org.roundtable.api.queries.LessonBook;
import org.roundtable.api.queries.MeetingList;
import org.roundtable.api.queries.ParticipationReport;
import org.roundtable.api.queries.PartnershipView;
import org.roundtable.api.queries.PowerBalanceReport;
import org.roundtable.api.queries.Trends;
import org.roundtable.query.support.ViewNames;
import org.roundtable.server.read.ViewReader;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A partnership's page: its state, the balance of its voices (participation, power balance) and its trends
 * from one loop and phase to the next, its commitments, its decisions and open proposals, its meetings and
 * its lessons; and the forms of the acts its coordinators and representatives take from there. With
 * {@code asOf}, its state as it stood then.
 */
@Controller
class PartnershipPage {

    private static final String AS_OF = "asOf";

    /** Every view this page reads, each of which it lets catch up with the user's last act. */
    private static final List<String> VIEWS = List.of(
            ViewNames.PARTNERSHIP,
            ViewNames.PARTICIPATION,
            ViewNames.POWER_BALANCE,
            ViewNames.COMMITMENTS,
            ViewNames.DECISIONS,
            ViewNames.LESSONS,
            ViewNames.INDICATORS);

    private final ViewReader views;
    private final PageReads reads;
    private final PageActs acts;

    PartnershipPage(ViewReader views, PageReads reads, PageActs acts) {
        this.views = views;
        this.reads = reads;
        this.acts = acts;
    }

    @GetMapping(PagePaths.PARTNERSHIP)
    String show(
            @PathVariable PartnershipId partnershipId,
            @RequestParam(name = ViewReader.MIN_SEQUENCE, required = false) Long minSequence,
            Model model) {
        reads.catchUp(model, partnershipId, minSequence, VIEWS.toArray(String[]::new));
        PartnershipView partnership = reads.partnership(partnershipId);
        ParticipationReport participation =
                reads.report(new FindParticipation(partnershipId), ParticipationReport.class);
        model.addAttribute("partnership", partnership);
        PartnerNames names = PartnerNames.of(partnership);
        model.addAttribute("names", names);
        model.addAttribute("viewer", reads.viewerOf(partnership));
        model.addAttribute("participation", participation);
        model.addAttribute("voiceBars", Charts.voiceShares(participation));
        model.addAttribute("lorenz", Charts.voiceLorenz(participation));
        PowerBalanceReport power = reads.report(new FindPowerBalance(partnershipId), PowerBalanceReport.class);
        List<DecisionView> decisions = reads.report(new FindDecisions(partnershipId), DecisionLog.class)
                .decisions();
        model.addAttribute("power", power);
        model.addAttribute("powerFlags", PowerFlagView.of(power, names, decisions));
        model.addAttribute("trends", Charts.trends(reads.report(new FindTrends(partnershipId), Trends.class)));
        model.addAttribute("commitments", reads.report(new FindCommitments(partnershipId), CommitmentsReport.class));
        model.addAttribute(
                "agenda",
                reads.report(new FindAgenda(partnershipId), Agenda.class).proposals());
        model.addAttribute("decisions", decisions);
        model.addAttribute("lessons", reads.report(new FindLessons(partnershipId), LessonBook.class));
        model.addAttribute(
                "meetings",
                reads.report(new FindMeetings(partnershipId), MeetingList.class).meetings());
        model.addAttribute("indicators", indicators(partnershipId));
        model.addAttribute("now", Instant.now());
        addChoices(model);
        return "partnership";
    }

    /** The partnership as it stood at an instant, rebuilt from its stored events, for auditors above all. */
    @GetMapping(path = PagePaths.PARTNERSHIP, params = AS_OF)
    String showAsOf(
            @PathVariable PartnershipId partnershipId,
            @RequestParam(AS_OF) @DateTimeFormat(iso = ISO.DATE_TIME) LocalDateTime asOfUtc,
            Model model) {
        Instant asOf = asOfUtc.toInstant(ZoneOffset.UTC);
        PartnershipView partnership = views.find(
                new FindPartnershipAsOf(partnershipId, asOf),
                PartnershipView.class,
                () -> new RuleViolation(
                        ErrorCode.PARTNERSHIP_NOT_FOUND, AS_OF, "The partnership did not exist yet at " + asOf));
        model.addAttribute("partnership", partnership);
        model.addAttribute("names", PartnerNames.of(partnership));
        model.addAttribute("asOf", asOf);
        model.addAttribute("current", reads.partnership(partnershipId));
        return "partnership-as-of";
    }

    @PostMapping(PagePaths.PARTNERSHIP + "/partners")
    String admit(
            @PathVariable PartnershipId partnershipId,
            @RequestParam String name,
            @RequestParam Sector sector,
            @RequestParam(defaultValue = "") String representatives) {
        List<String> users = List.of(representatives.split("[,\\s]+")).stream()
                .filter(user -> !user.isBlank())
                .toList();
        return acts.carryOut(
                partnershipId,
                new AdmitPartner(partnershipId, PartnerId.random(), name, sector, users),
                PagePaths.partnership(partnershipId));
    }

    @PostMapping(PagePaths.PARTNERSHIP + "/partners/{partnerId}/withdrawal")
    String withdraw(
            @PathVariable PartnershipId partnershipId, @PathVariable PartnerId partnerId, @RequestParam String reason) {
        return acts.carryOut(
                partnershipId,
                new WithdrawPartner(partnershipId, partnerId, reason),
                PagePaths.partnership(partnershipId));
    }

    @PostMapping(PagePaths.PARTNERSHIP + "/contract/terms")
    String draft(@PathVariable PartnershipId partnershipId, @RequestParam String terms) {
        return acts.carryOut(
                partnershipId, new DraftContractTerms(partnershipId, terms), PagePaths.partnership(partnershipId));
    }

    /** Signs the version the page showed: if it was redrafted since, the partnership refuses the stale one. */
    @PostMapping(PagePaths.PARTNERSHIP + "/contract/signatures")
    String sign(
            @PathVariable PartnershipId partnershipId,
            @RequestParam PartnerId partnerId,
            @RequestParam Integer version,
            @RequestParam String signatory) {
        return acts.carryOut(
                partnershipId,
                new SignContract(partnershipId, partnerId, version, signatory),
                PagePaths.partnership(partnershipId));
    }

    @PostMapping(PagePaths.PARTNERSHIP + "/proposals")
    String submit(
            @PathVariable PartnershipId partnershipId,
            @RequestParam PartnerId partnerId,
            @RequestParam ProposalKind kind,
            @RequestParam String title,
            @RequestParam String text,
            @RequestParam(required = false) Phase targetPhase,
            @RequestParam(defaultValue = "") String indicatorName,
            @RequestParam(defaultValue = "") String indicatorUnit,
            @RequestParam(required = false) BigDecimal indicatorBaseline,
            @RequestParam(required = false) BigDecimal indicatorTarget,
            @RequestParam(required = false) List<IndicatorId> evidence) {
        ProposalId proposalId = ProposalId.random();
        // A form always sends its fields: an indicator left wholly blank is none, one partly filled is checked.
        boolean defines = !indicatorName.isBlank()
                || !indicatorUnit.isBlank()
                || indicatorBaseline != null
                || indicatorTarget != null;
        IndicatorDefinition indicator = defines
                ? new IndicatorDefinition(indicatorName, indicatorUnit, indicatorBaseline, indicatorTarget)
                : null;
        return acts.carryOut(
                partnershipId,
                new SubmitProposal(
                        partnershipId, proposalId, partnerId, kind, title, text, targetPhase, indicator, evidence),
                PagePaths.proposal(partnershipId, proposalId));
    }

    /** A measurement observed at an instant in UTC, not after now, with an optional source. */
    @PostMapping(PagePaths.PARTNERSHIP + "/indicators/{indicatorId}/measurements")
    String measure(
            @PathVariable PartnershipId partnershipId,
            @PathVariable IndicatorId indicatorId,
            @RequestParam PartnerId partnerId,
            @RequestParam BigDecimal value,
            @RequestParam @DateTimeFormat(iso = ISO.DATE_TIME) LocalDateTime observedAtUtc,
            @RequestParam(defaultValue = "") String source) {
        return acts.carryOut(
                partnershipId,
                new RecordMeasurement(
                        partnershipId,
                        indicatorId,
                        MeasurementId.random(),
                        partnerId,
                        value,
                        observedAtUtc.toInstant(ZoneOffset.UTC),
                        source.isBlank() ? null : source),
                PagePaths.partnership(partnershipId));
    }

    @PostMapping(PagePaths.PARTNERSHIP + "/pledges")
    String pledge(
            @PathVariable PartnershipId partnershipId,
            @RequestParam PartnerId partnerId,
            @RequestParam PledgeKind kind,
            @RequestParam BigDecimal amount,
            @RequestParam String unit,
            @RequestParam String description) {
        return acts.carryOut(
                partnershipId,
                new MakePledge(partnershipId, PledgeId.random(), partnerId, kind, amount, unit, description),
                PagePaths.partnership(partnershipId));
    }

    /** A lesson of the current phase, as the API logs one whose phase is left out. */
    @PostMapping(PagePaths.PARTNERSHIP + "/lessons")
    String logLesson(
            @PathVariable PartnershipId partnershipId,
            @RequestParam PartnerId partnerId,
            @RequestParam String title,
            @RequestParam String text) {
        return acts.carryOut(
                partnershipId,
                new LogLesson(partnershipId, LessonId.random(), partnerId, null, title, text),
                PagePaths.partnership(partnershipId));
    }

    /** Records a meeting held at an instant in UTC, and opens its page, where the chair runs it. */
    @PostMapping(PagePaths.PARTNERSHIP + "/meetings")
    String recordMeeting(
            @PathVariable PartnershipId partnershipId,
            @RequestParam String title,
            @RequestParam @DateTimeFormat(iso = ISO.DATE_TIME) LocalDateTime heldAtUtc) {
        MeetingId meetingId = MeetingId.random();
        return acts.carryOut(
                partnershipId,
                new RecordMeeting(partnershipId, meetingId, title, heldAtUtc.toInstant(ZoneOffset.UTC)),
                PagePaths.meeting(partnershipId, meetingId));
    }

    /** Each indicator with the line of its measurements, in order of adoption. */
    private List<Charts.IndicatorLine> indicators(PartnershipId partnershipId) {
        return reads.report(new FindIndicators(partnershipId), IndicatorList.class).indicators().stream()
                .map(indicator -> views.find(
                        new FindIndicator(partnershipId, indicator.indicatorId()),
                        IndicatorDetail.class,
                        ErrorCode.INDICATOR_NOT_FOUND,
                        "indicator"))
                .map(Charts::indicatorLine)
                .toList();
    }

    private static void addChoices(Model model) {
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("kinds", ProposalKind.values());
        model.addAttribute("phases", Phase.values());
        model.addAttribute("pledgeKinds", PledgeKind.values());
    }
}
