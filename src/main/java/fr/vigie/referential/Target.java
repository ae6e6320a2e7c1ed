package fr.vigie.referential;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A measurable commitment such as "picked up before the 5th ring" (≤ 5 rings) or "taux de
 * décroché ≥ 85 %". Conformity of a measured value is computed from it, never hard-coded.
 *
 * @param comparator how the measured value is compared with {@code value}
 * @param value the threshold, non-negative and within the unit's range
 * @param unit the unit both the threshold and measured values are expressed in
 */
public record Target(TargetComparator comparator, BigDecimal value, MeasureUnit unit) {

	public Target {
		Objects.requireNonNull(comparator, "comparator");
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(unit, "unit");
		if (value.signum() < 0) {
			throw new IllegalArgumentException("target value must not be negative: " + value);
		}
		BigDecimal maximum = unit.maximum().orElse(null);
		if (maximum != null && value.compareTo(maximum) > 0) {
			throw new IllegalArgumentException("target value " + value + " exceeds " + maximum + " " + unit);
		}
		value = value.stripTrailingZeros();
		if (value.scale() < 0) {
			value = value.setScale(0);
		}
	}

	/**
	 * Whether a measured value meets this target. Values are compared numerically, so
	 * {@code 5} and {@code 5.0} are equal.
	 * @param measured the value the auditor measured, in this target's unit
	 * @return true when the value is compliant
	 */
	public boolean evaluate(BigDecimal measured) {
		Objects.requireNonNull(measured, "measured");
		return this.comparator.accepts(measured.compareTo(this.value));
	}

	/** Compact form such as {@code ≤ 5}; the unit is translated by the caller. */
	public String display() {
		return this.comparator.symbol() + " " + this.value.toPlainString();
	}

}
