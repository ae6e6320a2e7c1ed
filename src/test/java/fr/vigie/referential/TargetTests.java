package fr.vigie.referential;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TargetTests {

	@ParameterizedTest(name = "{1} {0} {2} → {3}")
	@CsvSource({ "lt, 4, 5, true", "lt, 5, 5, false", "le, 5, 5, true", "le, 5.0, 5, true", "le, 6, 5, false",
			"gt, 86, 85, true", "gt, 85, 85, false", "ge, 85, 85, true", "ge, 84.9, 85, false", "eq, 8, 8.00, true",
			"eq, 7, 8, false" })
	void evaluatesAMeasuredValueAgainstTheThreshold(String comparator, String measured, String threshold,
			boolean compliant) {
		Target target = new Target(TargetComparator.fromCode(comparator).orElseThrow(), new BigDecimal(threshold),
				MeasureUnit.PERCENT);
		assertThat(target.evaluate(new BigDecimal(measured))).isEqualTo(compliant);
	}

	@Test
	void marianneRingRuleAcceptsFourRingsAndRefusesFive() {
		Target beforeFifthRing = new Target(TargetComparator.LT, new BigDecimal("5"), MeasureUnit.RINGS);
		assertThat(beforeFifthRing.evaluate(new BigDecimal("4"))).isTrue();
		assertThat(beforeFifthRing.evaluate(new BigDecimal("5"))).isFalse();
		assertThat(beforeFifthRing.display()).isEqualTo("< 5");
	}

	@Test
	void refusesNegativeValuesAndValuesBeyondTheUnitsMaximum() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Target(TargetComparator.LE, new BigDecimal("-1"), MeasureUnit.DAYS));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Target(TargetComparator.GE, new BigDecimal("101"), MeasureUnit.PERCENT));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Target(TargetComparator.GE, new BigDecimal("10.5"), MeasureUnit.SCORE_10));
		assertThat(new Target(TargetComparator.GE, new BigDecimal("10"), MeasureUnit.SCORE_10).value())
			.isEqualByComparingTo("10");
	}

	@Test
	void equalTargetsWrittenDifferentlyAreEqual() {
		assertThat(new Target(TargetComparator.LE, new BigDecimal("5.00"), MeasureUnit.WORKING_DAYS))
			.isEqualTo(new Target(TargetComparator.LE, new BigDecimal("5"), MeasureUnit.WORKING_DAYS));
	}

	@Test
	void aMeasureRefusesATargetInAnotherUnit() {
		Target rings = new Target(TargetComparator.LE, BigDecimal.TEN, MeasureUnit.RINGS);
		assertThatIllegalArgumentException().isThrownBy(() -> new Measure(MeasureUnit.SECONDS, rings));
	}

}
