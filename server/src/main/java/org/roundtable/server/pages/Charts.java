package org.roundtable.server.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.roundtable.api.queries.ParticipationReport;
import org.roundtable.api.queries.PartnerParticipation;
import org.roundtable.query.support.Lorenz;

/**
 * The geometry of the charts the pages draw as inline SVG, on a 100 × 100 canvas: only where things go.
 * Every figure comes from the report as the API answers it, and each chart's page shows those figures in a
 * table beside it.
 */
public final class Charts {

    /** Height of one bar and the gap under it, in canvas units. */
    static final int BAR = 8;

    private Charts() {}

    /** Each active partner's voice share as a bar, against the equal-share line. */
    public record ShareBars(List<ShareBar> bars, double equalShareAt, int height) {}

    /** One bar: its partner, how long it is, where it stands on the canvas. */
    public record ShareBar(String name, double length, int y) {}

    /** The Lorenz curve as an SVG polyline, and the diagonal of equality it is read against. */
    public record LorenzCurve(String points, int partners) {}

    static ShareBars voiceShares(ParticipationReport report) {
        List<PartnerParticipation> partners = report.partners();
        List<ShareBar> bars = new ArrayList<>(partners.size());
        for (int i = 0; i < partners.size(); i++) {
            PartnerParticipation partner = partners.get(i);
            bars.add(new ShareBar(partner.name(), scaled(partner.voiceShare()), i * BAR));
        }
        return new ShareBars(List.copyOf(bars), scaled(report.equalShare()), Math.max(BAR, partners.size() * BAR));
    }

    /** The curve of the active partners' voice acts: the same partners and counts as the voice Gini. */
    static LorenzCurve voiceLorenz(ParticipationReport report) {
        long[] acts = report.partners().stream()
                .mapToLong(PartnerParticipation::voiceActs)
                .toArray();
        String points = Lorenz.of(acts).stream()
                .map(point -> coordinate(scaled(point.partners())) + "," + coordinate(100 - scaled(point.held())))
                .collect(Collectors.joining(" "));
        return new LorenzCurve(points, acts.length);
    }

    private static double scaled(double share) {
        return Math.max(0, Math.min(100, share * 100));
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
