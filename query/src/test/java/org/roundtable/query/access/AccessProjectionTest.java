package org.roundtable.query.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.events.AuditorAppointed;
import org.roundtable.api.events.AuditorRemoved;
import org.roundtable.api.events.CoordinatorAppointed;
import org.roundtable.api.events.CoordinatorRemoved;
import org.roundtable.api.events.PartnerRepresentativesChanged;
import org.roundtable.api.queries.FindRoles;
import org.roundtable.api.queries.PartnershipRoles;
import org.roundtable.query.support.TestDatabase;

class AccessProjectionTest {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    private AccessProjection projection;
    private AccessQueryHandler queries;
    private final PartnershipId partnership = PartnershipId.random();
    private final PartnershipId another = PartnershipId.random();
    private final PartnerId city = PartnerId.random();
    private final PartnerId bakery = PartnerId.random();

    @BeforeEach
    void wire() {
        projection = new AccessProjection(database.jdbc());
        queries = new AccessQueryHandler(database.jdbc());
    }

    @Test
    void eachUserHoldsTheRolesItWasAppointedTo() {
        history().forEach(Runnable::run);

        assertThat(roles("cora")).isEqualTo(new PartnershipRoles(true, false, List.of()));
        assertThat(roles("audrey")).isEqualTo(new PartnershipRoles(false, true, List.of()));
        assertThat(roles("carl")).isEqualTo(new PartnershipRoles(false, false, List.of(city)));
        assertThat(roles("both").represents()).containsExactlyInAnyOrder(city, bakery);
    }

    @Test
    void aUserWithoutARoleHasNoneAndRolesDoNotCrossPartnerships() {
        history().forEach(Runnable::run);
        projection.on(new CoordinatorAppointed(another, "olaf"));

        assertThat(roles("olaf")).isEqualTo(PartnershipRoles.NONE);
        assertThat(roles("olaf").any()).isFalse();
        assertThat(roles("cora").any()).isTrue();
    }

    @Test
    void removedRolesAreGone() {
        history().forEach(Runnable::run);
        projection.on(new CoordinatorRemoved(partnership, "cora"));
        projection.on(new AuditorRemoved(partnership, "audrey"));

        assertThat(roles("cora")).isEqualTo(PartnershipRoles.NONE);
        assertThat(roles("audrey")).isEqualTo(PartnershipRoles.NONE);
    }

    @Test
    void aPartnersRepresentativesAreReplacedWhole() {
        history().forEach(Runnable::run);
        projection.on(new PartnerRepresentativesChanged(partnership, city, List.of("dora")));

        assertThat(roles("carl")).isEqualTo(PartnershipRoles.NONE);
        assertThat(roles("both").represents()).containsExactly(bakery);
        assertThat(roles("dora").represents()).containsExactly(city);
    }

    @Test
    void redeliveredEventsChangeNothingAndAReplayRebuildsTheSameRows() {
        // The table spans every partnership, so this test starts from an empty one.
        projection.reset();
        List<Runnable> history = history();
        history.forEach(Runnable::run);
        int rows = database.count("access_role");

        history.forEach(event -> {
            event.run();
            event.run();
        });
        assertThat(database.count("access_role")).isEqualTo(rows);

        projection.reset();
        assertThat(roles("cora")).isEqualTo(PartnershipRoles.NONE);
        history.forEach(Runnable::run);
        assertThat(roles("cora").coordinator()).isTrue();
        assertThat(database.count("access_role")).isEqualTo(rows);
    }

    private List<Runnable> history() {
        return List.of(
                () -> projection.on(new CoordinatorAppointed(partnership, "cora")),
                () -> projection.on(new AuditorAppointed(partnership, "audrey")),
                () -> projection.on(new PartnerRepresentativesChanged(partnership, city, List.of("carl", "both"))),
                () -> projection.on(new PartnerRepresentativesChanged(partnership, bakery, List.of("both"))));
    }

    private PartnershipRoles roles(String user) {
        return queries.handle(new FindRoles(partnership, user));
    }
}
