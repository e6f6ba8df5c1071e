package org.roundtable.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.server.support.Api;
import org.roundtable.server.support.RequestStatements;
import org.roundtable.server.support.Roundtable;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a report costs the database: the statements a read needs, in a transaction only where it reads
 * several (one REPEATABLE READ snapshot), since one statement sees one moment on its own.
 */
@RoundtableIntegrationTest
class ReadCostIT {

    @Autowired
    Api api;

    @Autowired
    Roundtable table;

    @Autowired
    RequestStatements statements;

    private String participation;

    @BeforeEach
    void aPartnershipWithAPartner() {
        String partnership = table.formPartnership("MAJORITY");
        table.admit(partnership, "City Hall", "PUBLIC");
        participation = "/api/partnerships/" + partnership + "/participation";
        api.awaitView(participation, report -> report.path("partners").size() == 1);
    }

    @Test
    void aWholeLifeParticipationReportIsOneStatementAfterTheAccessCheck() {
        List<String> read = statements.issuedBy(
                api,
                recorded -> assertThat(recorded.get(participation).status()).isEqualTo(200));

        assertThat(read)
                .as("the statements of a participation report over the whole life")
                .satisfiesExactly(
                        access -> assertThat(access).startsWith("SELECT role, partner_id FROM access_role"),
                        report -> assertThat(report)
                                .startsWith("SELECT p.partner_id")
                                .contains("FROM participation_partnership f"));
    }

    @Test
    void aSegmentsParticipationReportReadsItsStatementsInOneRepeatableReadTransaction() {
        List<String> read = statements.issuedBy(
                api,
                recorded -> assertThat(recorded.get(participation + "?loop=1&phase=MOBILIZE")
                                .status())
                        .isEqualTo(200));

        assertThat(read)
                .as("the statements of a participation report over one segment")
                .satisfiesExactly(
                        access -> assertThat(access).startsWith("SELECT role, partner_id FROM access_role"),
                        begin -> assertThat(begin).isEqualTo("BEGIN"),
                        isolation -> assertThat(isolation)
                                .isEqualTo("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"),
                        segments -> assertThat(segments).contains("FROM participation_segment"),
                        report -> assertThat(report).startsWith("SELECT p.partner_id"),
                        commit -> assertThat(commit).isEqualTo("COMMIT"));
    }
}
