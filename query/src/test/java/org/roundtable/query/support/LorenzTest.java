package org.roundtable.query.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.query.support.ReportAssertions.withinRounding;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Lorenz curve: sorted, cumulative, from (0, 0) to (1, 1), and twice its gap to the diagonal is Gini. */
class LorenzTest {

    @Test
    void aWorkedExampleRunsFromTheLeastToTheMost() {
        // 4, 2, 3, 0 sorted is 0, 2, 3, 4 of 9.
        assertThat(Lorenz.of(4, 2, 3, 0))
                .containsExactly(
                        new Lorenz.Point(0, 0),
                        new Lorenz.Point(0.25, 0),
                        new Lorenz.Point(0.5, 2.0 / 9),
                        new Lorenz.Point(0.75, 5.0 / 9),
                        new Lorenz.Point(1, 1));
    }

    @Test
    void allZeroIsTheDiagonalAndNoneIsTheOrigin() {
        assertThat(Lorenz.of(0, 0))
                .containsExactly(new Lorenz.Point(0, 0), new Lorenz.Point(0.5, 0.5), new Lorenz.Point(1, 1));
        assertThat(Lorenz.of()).containsExactly(new Lorenz.Point(0, 0));
    }

    @Test
    void twiceTheAreaBetweenTheDiagonalAndTheCurveIsGini() {
        Random random = new Random(20261204);
        for (int run = 0; run < 500; run++) {
            long[] values = new long[1 + random.nextInt(12)];
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextInt(40);
            }
            List<Lorenz.Point> curve = Lorenz.of(values);
            double underCurve = 0;
            for (int i = 1; i < curve.size(); i++) {
                Lorenz.Point from = curve.get(i - 1);
                Lorenz.Point to = curve.get(i);
                underCurve += (to.partners() - from.partners()) * (from.held() + to.held()) / 2;
            }
            assertThat(1 - 2 * underCurve).isCloseTo(Gini.of(values), withinRounding());
        }
    }
}
