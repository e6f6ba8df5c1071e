package org.roundtable.server.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.junit.jupiter.api.Test;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.ProposalId;
import org.roundtable.api.VoteChoice;
import org.roundtable.api.commands.CastVote;

class CommandTargetsScannedOnceTest {

    private final CommandTargetResolver scannedOnce = new CommandTargetsScannedOnce();
    private final CommandTargetResolver axons =
            AnnotationCommandTargetResolver.builder().build();

    /** A command whose annotated method and field disagree: Axon's resolver reads the method. */
    static final class MethodAndField {
        @TargetAggregateIdentifier
        private final String field = "from the field";

        @TargetAggregateIdentifier
        String method() {
            return "from the method";
        }
    }

    record Versioned(
            @TargetAggregateIdentifier String id,
            @TargetAggregateVersion String version) {}

    record Untargeted(String id) {}

    record NullTarget(@TargetAggregateIdentifier String id) {}

    @Test
    void resolvesEveryKindOfCommandAsAxonsResolverDoes() {
        List<Object> commands = List.of(
                new CastVote(PartnershipId.random(), ProposalId.random(), PartnerId.random(), VoteChoice.AGREE, null),
                new MethodAndField(),
                new Versioned("v-1", "7"),
                new Versioned("v-2", null));
        for (Object command : commands) {
            VersionedAggregateIdentifier ours =
                    scannedOnce.resolveTarget(GenericCommandMessage.asCommandMessage(command));
            VersionedAggregateIdentifier theirs = axons.resolveTarget(GenericCommandMessage.asCommandMessage(command));
            assertThat(ours).as("%s", command).isEqualTo(theirs);
        }
    }

    @Test
    void readsEachCommandOfATypeFromItsOwnFields() {
        VersionedAggregateIdentifier first =
                scannedOnce.resolveTarget(GenericCommandMessage.asCommandMessage(new Versioned("first", "1")));
        VersionedAggregateIdentifier second =
                scannedOnce.resolveTarget(GenericCommandMessage.asCommandMessage(new Versioned("second", "2")));

        assertThat(first.getIdentifier()).isEqualTo("first");
        assertThat(first.getVersion()).isEqualTo(1L);
        assertThat(second.getIdentifier()).isEqualTo("second");
        assertThat(second.getVersion()).isEqualTo(2L);
    }

    @Test
    void refusesACommandThatNamesNoTarget() {
        assertThatThrownBy(() -> scannedOnce.resolveTarget(GenericCommandMessage.asCommandMessage(new Untargeted("x"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Untargeted");
        assertThatThrownBy(
                        () -> scannedOnce.resolveTarget(GenericCommandMessage.asCommandMessage(new NullTarget(null))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NullTarget");
    }

    @Test
    void refusesAVersionThatIsNoNumber() {
        assertThatThrownBy(() ->
                        scannedOnce.resolveTarget(GenericCommandMessage.asCommandMessage(new Versioned("v", "seven"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasCauseInstanceOf(NumberFormatException.class);
    }
}
