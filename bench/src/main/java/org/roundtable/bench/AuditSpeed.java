package org.roundtable.bench;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * P6: how fast {@code GET …/audit} re-hashes the long partnership's chain, against reading its rows. It
 * first audits every generated partnership: a data set whose chain does not verify would measure nothing.
 */
final class AuditSpeed {

    private final BenchClient client;
    private final BenchDatabase database;
    private final DataSet data;
    private final Sizes sizes;

    AuditSpeed(ServerProcess server, BenchDatabase database, DataSet data, Sizes sizes) {
        this.client = server.settings().user();
        this.database = database;
        this.data = data;
        this.sizes = sizes;
    }

    Result measure() throws Exception {
        long audited = 0;
        for (GeneratedPartnership partnership : data.all()) {
            audited += audit(partnership).path("eventsChecked").asLong();
        }
        double[] rates = new double[sizes.passes()];
        long checked = 0;
        for (int pass = 0; pass < rates.length; pass++) {
            long started = System.nanoTime();
            checked = audit(data.longHistory()).path("eventsChecked").asLong();
            rates[pass] = checked / ((System.nanoTime() - started) / 1e9);
        }
        return Measure.P6.compared(
                new Figure(Median.of(rates), "events/s"),
                "median of %d audits of %,d events; every one of the %d partnerships (%,d events) audited valid"
                        .formatted(rates.length, checked, data.all().size(), audited),
                RawReads.stream(database, data.longHistory(), sizes.passes()));
    }

    private JsonNode audit(GeneratedPartnership partnership) {
        JsonNode audit = client.get(partnership.path() + "/audit").expect(200).json();
        if (!audit.path("valid").asBoolean() || audit.path("eventsChecked").asLong() < partnership.events()) {
            throw new IllegalStateException("The audit of partnership %s found %s".formatted(partnership.id(), audit));
        }
        return audit;
    }
}
