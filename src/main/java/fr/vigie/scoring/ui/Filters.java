package fr.vigie.scoring.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;
import fr.vigie.scoring.ReferentialOption;
import fr.vigie.scoring.ScoreQuery;

/**
 * The query of a scoring screen read from and written to the URL
 * ({@code ?referential=…&from=2026-01-01&to=2026-12-31}), so pages can be bookmarked and
 * the dashboard links to site pages with the same figures; and the periods offered.
 */
final class Filters {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private Filters() {
	}

	/** A named span of time offered in the period menu. */
	record Period(String label, LocalDate from, LocalDate to) {

	}

	static List<Period> periods(Component view, Clock clock) {
		LocalDate today = LocalDate.now(clock.withZone(PARIS));
		LocalDate quarter = LocalDate.of(today.getYear(), ((today.getMonthValue() - 1) / 3) * 3 + 1, 1);
		List<Period> periods = new ArrayList<>();
		periods.add(new Period(view.getTranslation("scoring.period.rolling"), quarter.minusMonths(9),
				quarter.plusMonths(3).minusDays(1)));
		for (int i = 0; i < 8; i++) {
			LocalDate start = quarter.minusMonths(3L * i);
			periods.add(new Period(view.getTranslation("scoring.period.quarter", (start.getMonthValue() - 1) / 3 + 1,
					Integer.toString(start.getYear())), start, start.plusMonths(3).minusDays(1)));
		}
		for (int i = 0; i < 3; i++) {
			int year = today.getYear() - i;
			periods.add(new Period(view.getTranslation("scoring.period.year", Integer.toString(year)),
					LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
		}
		return periods;
	}

	/** The query in the URL, or the first referential over the default period. */
	static Optional<ScoreQuery> read(QueryParameters parameters, List<ReferentialOption> referentials,
			Period fallback) {
		Map<String, List<String>> values = parameters.getParameters();
		String referential = first(values, "referential")
			.filter((id) -> referentials.stream().anyMatch((option) -> option.id().equals(id)))
			.orElse(referentials.isEmpty() ? null : referentials.get(referentials.size() - 1).id());
		if (referential == null) {
			return Optional.empty();
		}
		try {
			LocalDate from = first(values, "from").map(LocalDate::parse).orElse(fallback.from());
			LocalDate to = first(values, "to").map(LocalDate::parse).orElse(fallback.to());
			return Optional.of(new ScoreQuery(referential, from, to));
		}
		catch (RuntimeException badDate) {
			return Optional.of(new ScoreQuery(referential, fallback.from(), fallback.to()));
		}
	}

	static QueryParameters write(ScoreQuery query) {
		return QueryParameters.simple(Map.of("referential", query.referentialVersionId(), "from",
				query.from().toString(), "to", query.to().toString()));
	}

	private static Optional<String> first(Map<String, List<String>> values, String name) {
		return Optional.ofNullable(values.get(name)).filter((list) -> !list.isEmpty()).map((list) -> list.get(0));
	}

}
