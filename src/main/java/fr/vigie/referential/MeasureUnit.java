package fr.vigie.referential;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/** Units of the values auditors measure (waiting time, rings, reply delay…). */
public enum MeasureUnit {

	MINUTES("minutes", null), SECONDS("seconds", null), RINGS("rings", null), DAYS("days", null),
	WORKING_DAYS("working_days", null), PERCENT("percent", new BigDecimal("100")), SCORE_10("score_10", BigDecimal.TEN);

	private final String code;

	private final BigDecimal maximum;

	MeasureUnit(String code, BigDecimal maximum) {
		this.code = code;
		this.maximum = maximum;
	}

	/** Identifier used in referential files. */
	public String code() {
		return this.code;
	}

	/** Largest meaningful value, or empty when the unit has no upper bound. */
	public Optional<BigDecimal> maximum() {
		return Optional.ofNullable(this.maximum);
	}

	public String messageKey() {
		return "referential.unit." + this.code;
	}

	public static Optional<MeasureUnit> fromCode(String code) {
		return Arrays.stream(values()).filter((unit) -> unit.code.equals(code)).findFirst();
	}

}
