package org.roundtable.command;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.roundtable.api.Actor;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.GlobalRole;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PledgeId;
import org.roundtable.api.RuleViolation;
import org.roundtable.api.commands.AdmitPartner;
import org.roundtable.api.commands.AppointAuditor;
import org.roundtable.api.commands.AppointCoordinator;
import org.roundtable.api.commands.CastVote;
import org.roundtable.api.commands.ChangePartnerRepresentatives;
import org.roundtable.api.commands.CloseProposal;
import org.roundtable.api.commands.DraftContractTerms;
import org.roundtable.api.commands.FormPartnership;
import org.roundtable.api.commands.LogLesson;
import org.roundtable.api.commands.MakePledge;
import org.roundtable.api.commands.RecordAttendance;
import org.roundtable.api.commands.RecordContribution;
import org.roundtable.api.commands.RecordDelivery;
import org.roundtable.api.commands.RecordMeasurement;
import org.roundtable.api.commands.RecordMeeting;
import org.roundtable.api.commands.RegisterWitness;
import org.roundtable.api.commands.RemoveAuditor;
import org.roundtable.api.commands.RemoveCoordinator;
import org.roundtable.api.commands.SignContract;
import org.roundtable.api.commands.SubmitProposal;
import org.roundtable.api.commands.WithdrawPartner;
import org.roundtable.api.commands.WithdrawPledge;

/**
 * Who may send each command to a partnership (SPEC section 9), in one table: a new command is one
 * more line. The aggregate checks it before any handler runs, against its own event-sourced
 * appointments, so a decision is as consistent as every other rule of the partnership.
 * <p>
 * Whatever the line says: a holder of the global AUDITOR role writes nothing (403); a user who
 * holds no role in the partnership is told it does not exist (404), unless a global role lets the
 * user see every partnership (403 then). The global ADMIN role lets its holder act for no partner.
 */
final class WhoMayAct {

    private static final Map<Class<?>, Rule<?>> TABLE = table(
            anyUser(FormPartnership.class),
            coordinators(AdmitPartner.class),
            coordinatorsOrRepresentatives(WithdrawPartner.class, WithdrawPartner::partnerId),
            representatives(SubmitProposal.class, SubmitProposal::partnerId),
            representatives(CastVote.class, CastVote::partnerId),
            coordinators(CloseProposal.class),
            coordinators(DraftContractTerms.class),
            representatives(SignContract.class, SignContract::partnerId),
            representatives(LogLesson.class, LogLesson::partnerId),
            coordinators(RecordMeeting.class),
            coordinators(RecordAttendance.class),
            coordinators(RecordContribution.class),
            representatives(MakePledge.class, MakePledge::partnerId),
            representativesOfThePledger(RecordDelivery.class, RecordDelivery::pledgeId),
            representativesOfThePledger(WithdrawPledge.class, WithdrawPledge::pledgeId),
            representatives(RecordMeasurement.class, RecordMeasurement::partnerId),
            // An ADMIN may appoint a coordinator to a partnership that has lost its own, and nothing more.
            coordinatorsOrAdmins(AppointCoordinator.class),
            coordinators(RemoveCoordinator.class),
            coordinators(AppointAuditor.class),
            coordinators(RegisterWitness.class),
            coordinators(RemoveAuditor.class),
            coordinators(ChangePartnerRepresentatives.class));

    private WhoMayAct() {}

    /** What the table asks of the partnership a command is sent to. */
    interface Standing {

        Appointments appointments();

        /** The partner that made the pledge; empty when the partnership has no such pledge. */
        Optional<PartnerId> partnerOfPledge(PledgeId pledgeId);
    }

    /** Refuses {@code command} unless its table line lets {@code actor} send it to {@code partnership}. */
    static void require(Object command, Actor actor, Standing partnership) {
        Rule<?> rule = TABLE.get(command.getClass());
        if (rule == null) {
            throw new IllegalStateException(
                    "WhoMayAct has no line for " + command.getClass().getSimpleName());
        }
        rule.require(command, actor, partnership);
    }

    /** Whether the table has a line for {@code command}; every command the aggregate handles needs one. */
    static boolean covers(Class<?> command) {
        return TABLE.containsKey(command);
    }

    private static <C> Rule<C> anyUser(Class<C> command) {
        return new Rule<>(command, true, false, false, null);
    }

    private static <C> Rule<C> coordinators(Class<C> command) {
        return new Rule<>(command, false, true, false, null);
    }

    private static <C> Rule<C> coordinatorsOrAdmins(Class<C> command) {
        return new Rule<>(command, false, true, true, null);
    }

    private static <C> Rule<C> representatives(Class<C> command, Function<C, PartnerId> partner) {
        return new Rule<>(command, false, false, false, namedPartner(partner));
    }

    private static <C> Rule<C> coordinatorsOrRepresentatives(Class<C> command, Function<C, PartnerId> partner) {
        return new Rule<>(command, false, true, false, namedPartner(partner));
    }

    private static <C> Rule<C> representativesOfThePledger(Class<C> command, Function<C, PledgeId> pledge) {
        return new Rule<>(
                command,
                false,
                false,
                false,
                new ActsFor<>(
                        "pledgeId",
                        (sent, partnership) -> partnership
                                .partnerOfPledge(pledge.apply(sent))
                                .orElseThrow(() -> RuleViolation.notFound(ErrorCode.PLEDGE_NOT_FOUND, "pledge"))));
    }

    /** The partner a command names in its body; naming none is invalid input, not a lack of rights. */
    private static <C> ActsFor<C> namedPartner(Function<C, PartnerId> partner) {
        return new ActsFor<>("partnerId", (sent, partnership) -> Require.present(partner.apply(sent), "partnerId"));
    }

    private static Map<Class<?>, Rule<?>> table(Rule<?>... rules) {
        return Arrays.stream(rules).collect(Collectors.toUnmodifiableMap(Rule::command, rule -> rule));
    }

    /** The partner a representative acts for in a command, and the input that names it. */
    private record ActsFor<C>(String field, BiFunction<C, Standing, PartnerId> partner) {}

    /** One line of the table: who may send {@code command}; {@code actsFor} is null when no representative may. */
    private record Rule<C>(
            Class<C> command, boolean anyUser, boolean coordinators, boolean admins, ActsFor<C> actsFor) {

        void require(Object sent, Actor actor, Standing partnership) {
            if (actor.holds(GlobalRole.AUDITOR)) {
                throw new RuleViolation(
                        ErrorCode.AUDITORS_WRITE_NOTHING,
                        actor.name()
                                + " holds the global AUDITOR role: auditors read every partnership and write nothing");
            }
            if (anyUser) {
                return;
            }
            Appointments appointments = partnership.appointments();
            String user = actor.name();
            boolean admin = actor.holds(GlobalRole.ADMIN);
            if (!appointments.holdsAnyRole(user) && !admin) {
                throw RuleViolation.notFound(ErrorCode.PARTNERSHIP_NOT_FOUND, "partnership");
            }
            if ((coordinators && appointments.isCoordinator(user)) || (admins && admin)) {
                return;
            }
            if (actsFor != null) {
                PartnerId partner = actsFor.partner().apply(command.cast(sent), partnership);
                if (appointments.represents(user, partner)) {
                    return;
                }
                throw new RuleViolation(
                        ErrorCode.NOT_REPRESENTATIVE,
                        actsFor.field(),
                        "%s does not represent partner %s: only its representatives%s may %s"
                                .formatted(user, partner, coordinators ? " and the coordinators" : "", act()));
            }
            throw new RuleViolation(
                    ErrorCode.COORDINATORS_ONLY,
                    "Only a coordinator of this partnership may %s; %s is not one".formatted(act(), user));
        }

        /** The command in words: CloseProposal is "close proposal". */
        private String act() {
            return command.getSimpleName()
                    .replaceAll("(?<=[a-z])(?=[A-Z])", " ")
                    .toLowerCase(Locale.ROOT);
        }
    }
}
