package fr.vigie.referential;

import java.util.Arrays;
import java.util.Optional;

/** How a measured value is compared with a target value. */
public enum TargetComparator {

	LT("lt", "<"), LE("le", "≤"), GT("gt", ">"), GE("ge", "≥"), EQ("eq", "=");

	private final String code;

	private final String symbol;

	TargetComparator(String code, String symbol) {
		this.code = code;
		this.symbol = symbol;
	}

	/** Identifier used in referential files. */
	public String code() {
		return this.code;
	}

	public String symbol() {
		return this.symbol;
	}

	boolean accepts(int comparison) {
		return switch (this) {
			case LT -> comparison < 0;
			case LE -> comparison <= 0;
			case GT -> comparison > 0;
			case GE -> comparison >= 0;
			case EQ -> comparison == 0;
		};
	}

	public static Optional<TargetComparator> fromCode(String code) {
		return Arrays.stream(values()).filter((comparator) -> comparator.code.equals(code)).findFirst();
	}

}
