package org.roundtable.server.pages;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.roundtable.api.queries.IndicatorDetail;
import org.roundtable.api.queries.MeasurementView;
import org.roundtable.api.queries.ParticipationReport;
import org.roundtable.api.queries.PartnerParticipation;
import org.roundtable.api.queries.TrendSegment;
import org.roundtable.api.queries.Trends;
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

    /**
     * An indicator's measurements as an SVG polyline in order of observation, evenly spaced, against the
     * heights of its baseline and target; the scale spans them and every value, so none falls outside.
     */
    public record IndicatorLine(
            IndicatorDetail indicator, List<Dot> dots, String points, String baselineAt, String targetAt) {}

    /** A measurement's place on the line, drawn as a dot too: a line of one measurement has no length. */
    public record Dot(String x, String y) {}

    /**
     * The trends: each segment's voice Gini and turnout as the dots of two lines on a scale of 0 to 1 upwards,
     * the segments evenly spaced across in order, oldest first, as an indicator's measurements are.
     */
    public record TrendLines(List<TrendSegment> segments, List<Dot> voiceGini, List<Dot> turnout) {

        public String voiceGiniPoints() {
            return points(voiceGini);
        }

        public String turnoutPoints() {
            return points(turnout);
        }
    }

    static IndicatorLine indicatorLine(IndicatorDetail indicator) {
        List<BigDecimal> values =
                indicator.history().stream().map(MeasurementView::value).toList();
        BigDecimal low = indicator.baseline().min(indicator.target());
        BigDecimal high = indicator.baseline().max(indicator.target());
        for (BigDecimal value : values) {
            low = low.min(value);
            high = high.max(value);
        }
        double bottom = low.doubleValue();
        double span = high.doubleValue() - bottom;
        DoubleUnaryOperator height = value -> 100 - (value - bottom) / span * 100;
        List<Dot> dots = IntStream.range(0, values.size())
                .mapToObj(i -> new Dot(
                        across(i, values.size()),
                        coordinate(height.applyAsDouble(values.get(i).doubleValue()))))
                .toList();
        return new IndicatorLine(
                indicator,
                dots,
                points(dots),
                coordinate(height.applyAsDouble(indicator.baseline().doubleValue())),
                coordinate(height.applyAsDouble(indicator.target().doubleValue())));
    }

    static TrendLines trends(Trends trends) {
        List<TrendSegment> segments = trends.segments();
        return new TrendLines(
                segments, dotsOf(segments, TrendSegment::voiceGini), dotsOf(segments, TrendSegment::turnout));
    }

    /** A figure from 0 to 1 of each segment, 1 at the top. */
    private static List<Dot> dotsOf(List<TrendSegment> segments, ToDoubleFunction<TrendSegment> figure) {
        return IntStream.range(0, segments.size())
                .mapToObj(i -> new Dot(
                        across(i, segments.size()), coordinate(100 - scaled(figure.applyAsDouble(segments.get(i))))))
                .toList();
    }

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

    /** The place across of the {@code i}th of {@code count} evenly spaced points; a single one stands midway. */
    private static String across(int i, int count) {
        return coordinate(count == 1 ? 50 : i * 100.0 / (count - 1));
    }

    /** Dots as the points of an SVG polyline. */
    private static String points(List<Dot> dots) {
        return dots.stream().map(dot -> dot.x() + "," + dot.y()).collect(Collectors.joining(" "));
    }

    private static double scaled(double share) {
        return Math.max(0, Math.min(100, share * 100));
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
