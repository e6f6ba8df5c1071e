package org.roundtable.server.pages;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.roundtable.api.queries.ParticipationReport;
import org.roundtable.api.queries.PartnerParticipation;
import org.roundtable.query.support.Lorenz;

/**
 * The geometry of the charts the pages draw as inline SVG, on a scale of 100: only where things go.
 * Every figure comes from the report as the API answers it, and each chart's page shows those figures in a
 * table beside it.
 */
public final class Charts {

    private Charts() {}

    /** Each active partner's voice share as a bar's length on a scale of 100, in the report's order, against the equal-share line. */
    public record ShareBars(List<Double> lengths, double equalShareAt) {}

    /** The Lorenz curve as an SVG polyline, and its steps as figures: the least active partners and their share. */
    public record LorenzCurve(String points, List<LorenzStep> steps) {}

    /** A point of the curve in words: the {@code partners} least active of {@code of} hold {@code held} of the acts. */
    public record LorenzStep(int partners, int of, double held) {}

    static ShareBars voiceShares(ParticipationReport report) {
        List<Double> lengths = report.partners().stream()
                .map(partner -> scaled(partner.voiceShare()))
                .toList();
        return new ShareBars(lengths, scaled(report.equalShare()));
    }

    /** The curve of the active partners' voice acts: the same partners and counts as the voice Gini. */
    static LorenzCurve voiceLorenz(ParticipationReport report) {
        long[] acts = report.partners().stream()
                .mapToLong(PartnerParticipation::voiceActs)
                .toArray();
        List<Lorenz.Point> curve = Lorenz.of(acts);
        String points = curve.stream()
                .map(point -> coordinate(scaled(point.partners())) + "," + coordinate(100 - scaled(point.held())))
                .collect(Collectors.joining(" "));
        List<LorenzStep> steps = IntStream.range(1, curve.size())
                .mapToObj(i -> new LorenzStep(i, acts.length, curve.get(i).held()))
                .toList();
        return new LorenzCurve(points, steps);
    }

    private static double scaled(double share) {
        return Math.max(0, Math.min(100, share * 100));
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
