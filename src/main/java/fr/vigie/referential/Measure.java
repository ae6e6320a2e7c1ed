package fr.vigie.referential;

import java.util.Objects;

/**
 * A value the auditor measures for an item, with the target it is compared with when
 * there is one (a waiting time may be recorded without a target).
 */
public record Measure(MeasureUnit unit, Target target) {

	public Measure {
		Objects.requireNonNull(unit, "unit");
		if (target != null && target.unit() != unit) {
			throw new IllegalArgumentException("target unit " + target.unit() + " differs from measure unit " + unit);
		}
	}

	public boolean hasTarget() {
		return this.target != null;
	}

}
