package org.roundtable.query.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A share is exact: compared by cross-multiplication, 0 when its whole is 0. */
class ShareTest {

    @Test
    void aShareOfNothingIsZero() {
        assertThat(Share.of(0, 0).value()).isZero();
        assertThat(Share.of(new BigDecimal("3.5"), BigDecimal.ZERO).value()).isZero();
        assertThat(Share.equalShare(0).value()).isZero();
    }

    @Test
    void itsValueIsTheNearestDouble() {
        assertThat(Share.of(2, 3).value()).isEqualTo(2.0 / 3);
        assertThat(Share.of(new BigDecimal("0.3"), new BigDecimal("0.6")).value())
                .isEqualTo(0.5);
    }

    @Test
    void theValueOfWholeNumbersIsTheNearestDoubleToo() {
        SplittableRandom random = new SplittableRandom(18);
        for (int draw = 0; draw < 10_000; draw++) {
            long part = random.nextLong(1_000_000_000_000_000L);
            long whole = 1 + random.nextLong(draw % 2 == 0 ? 1_000 : 999_999_999_999_999L);
            BigDecimal exact = new BigDecimal(part).divide(new BigDecimal(whole), MathContext.DECIMAL128);

            assertThat(Share.of(part, whole).value()).as("%d/%d", part, whole).isEqualTo(exact.doubleValue());
        }
        // Past 15 digits a whole number may not be exact as a double: 2^53 + 1 is not.
        assertThat(Share.of(9_007_199_254_740_993L, 3).value()).isEqualTo(3_002_399_751_580_331.0);
    }

    @Test
    void sharesCompareExactly() {
        Share third = Share.of(1, 3);

        assertThat(Share.of(2, 6)).isEqualByComparingTo(third);
        assertThat(Share.of(333_333_333_333_333L, 1_000_000_000_000_000L).isBelow(third))
                .isTrue();
        assertThat(Share.of(1, 6).isBelow(third.times(new BigDecimal("0.5")))).isFalse();
        assertThat(Share.of(2, 3).isAbove(third.times(BigDecimal.valueOf(2)))).isFalse();
        assertThat(Share.of(2, 3).isAtLeast(third.times(BigDecimal.valueOf(2)))).isTrue();
        // 0.1 + 0.2 of 0.6 is exactly half; in doubles (0.1 + 0.2) / 0.6 is not.
        Share decimals = Share.of(new BigDecimal("0.1").add(new BigDecimal("0.2")), new BigDecimal("0.6"));
        assertThat(decimals.isAtLeast(Share.of(1, 2))).isTrue();
        assertThat((0.1 + 0.2) / 0.6).isNotEqualTo(0.5);
    }

    @Test
    void aShareOfAShareIsARatio() {
        // (4/9) / (1/4) = 16/9
        assertThat(Share.of(4, 9).per(Share.of(1, 4)).value()).isEqualTo(16.0 / 9);
        assertThat(Share.of(4, 9).per(Share.of(0, 4)).value()).isZero();
        assertThat(Share.of(0, 0).per(Share.of(1, 2)).value()).isZero();
    }
}
