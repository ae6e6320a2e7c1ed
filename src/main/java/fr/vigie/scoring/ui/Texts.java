package fr.vigie.scoring.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import fr.vigie.scoring.Mark;
import fr.vigie.scoring.Verdict;

/** How scores are written on every scoring screen: never a mark without its sample. */
final class Texts {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private Texts() {
	}

	/** "7,4/10" or "—". */
	static String mark(Mark mark) {
		return (mark == null) ? "—" : Charts.decimal(mark.value()) + "/10";
	}

	/** "7,4/10 · 38 tests · IC 95 % 6,9–7,8". */
	static String markWithSample(Component view, Mark mark) {
		if (mark == null) {
			return view.getTranslation("scoring.noTest");
		}
		return view.getTranslation("scoring.mark.full", Charts.decimal(mark.value()), mark.tests(),
				Charts.decimal(mark.lower()), Charts.decimal(mark.upper()));
	}

	static String interval(Mark mark) {
		return (mark == null) ? "—" : Charts.decimal(mark.lower()) + "–" + Charts.decimal(mark.upper());
	}

	static String tests(Mark mark) {
		return (mark == null) ? "0" : Integer.toString(mark.tests());
	}

	static String date(LocalDate date) {
		return (date == null) ? "—" : DATE.format(date);
	}

	/** A verdict badge: text and colour, so colour never speaks alone. */
	static Span verdict(Component view, Verdict verdict) {
		Span badge = new Span(view.getTranslation(verdict.messageKey()));
		badge.addClassNames("verdict-badge", "verdict-" + tone(verdict));
		return badge;
	}

	static String tone(Verdict verdict) {
		return switch (verdict) {
			case EXCELLENT -> "excellent";
			case MET -> "met";
			case NOT_MET -> "not-met";
			case INSUFFICIENT_SAMPLE -> "insufficient";
			case NO_DATA -> "no-data";
		};
	}

}
