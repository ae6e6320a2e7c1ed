package fr.vigie.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.vigie.shared.UserFacingException;

/**
 * The span of time a report covers: a calendar month, quarter or year. Its code
 * ({@code 2026-05}, {@code 2026-Q2}, {@code 2026}) is stable and used in the register,
 * file names and links.
 */
public record ReportPeriod(Kind kind, int year, int number) {

	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

	private static final Pattern YEAR = Pattern.compile("(\\d{4})");

	public ReportPeriod {
		if (kind == null) {
			throw new IllegalArgumentException("kind must not be null");
		}
		if (year < 2000 || year > 2999) {
			throw new IllegalArgumentException("year out of range: " + year);
		}
		int max = switch (kind) {
			case MONTH -> 12;
			case QUARTER -> 4;
			case YEAR -> 1;
		};
		if (number < 1 || number > max) {
			throw new IllegalArgumentException(kind + " number out of range: " + number);
		}
	}

	public static ReportPeriod month(YearMonth month) {
		return new ReportPeriod(Kind.MONTH, month.getYear(), month.getMonthValue());
	}

	public static ReportPeriod quarter(int year, int quarter) {
		return new ReportPeriod(Kind.QUARTER, year, quarter);
	}

	public static ReportPeriod year(int year) {
		return new ReportPeriod(Kind.YEAR, year, 1);
	}

	/** The quarter holding {@code date}. */
	public static ReportPeriod quarterOf(LocalDate date) {
		return quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
	}

	/**
	 * Reads a period code; an unknown code is refused with the code in the message.
	 */
	public static ReportPeriod parse(String code) {
		String text = (code == null) ? "" : code.trim();
		try {
			Matcher matcher = QUARTER.matcher(text);
			if (matcher.matches()) {
				return quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
			}
			matcher = MONTH.matcher(text);
			if (matcher.matches()) {
				return month(YearMonth.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
			}
			if (YEAR.matcher(text).matches()) {
				return year(Integer.parseInt(text));
			}
		}
		catch (RuntimeException ex) {
			// falls through to the refusal below
		}
		throw new UserFacingException("report.period.invalid", text);
	}

	public String code() {
		return switch (this.kind) {
			case MONTH -> "%d-%02d".formatted(this.year, this.number);
			case QUARTER -> "%d-Q%d".formatted(this.year, this.number);
			case YEAR -> Integer.toString(this.year);
		};
	}

	public LocalDate start() {
		return switch (this.kind) {
			case MONTH -> LocalDate.of(this.year, this.number, 1);
			case QUARTER -> LocalDate.of(this.year, (this.number - 1) * 3 + 1, 1);
			case YEAR -> LocalDate.of(this.year, 1, 1);
		};
	}

	/** Last day of the period (inclusive). */
	public LocalDate end() {
		return switch (this.kind) {
			case MONTH -> start().plusMonths(1).minusDays(1);
			case QUARTER -> start().plusMonths(3).minusDays(1);
			case YEAR -> start().plusYears(1).minusDays(1);
		};
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(start()) && !date.isAfter(end());
	}

	/** The period of the same kind just before this one. */
	public ReportPeriod previous() {
		return switch (this.kind) {
			case MONTH -> month(YearMonth.of(this.year, this.number).minusMonths(1));
			case QUARTER -> (this.number == 1) ? quarter(this.year - 1, 4) : quarter(this.year, this.number - 1);
			case YEAR -> year(this.year - 1);
		};
	}

	@Override
	public String toString() {
		return code();
	}

	public enum Kind {

		MONTH, QUARTER, YEAR

	}

}
