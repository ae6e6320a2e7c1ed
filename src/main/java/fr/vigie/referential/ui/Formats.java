package fr.vigie.referential.ui;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import fr.vigie.referential.Answer;
import fr.vigie.referential.LoadProblem;
import fr.vigie.referential.LocalizedText;
import fr.vigie.referential.MeasureUnit;
import fr.vigie.referential.ReferentialVersion;
import fr.vigie.referential.Requirement;
import fr.vigie.referential.ScaleLevel;
import fr.vigie.referential.Target;
import fr.vigie.shared.Channel;

/** Renders referential values in the language of the screen showing them. */
final class Formats {

	private Formats() {
	}

	static java.util.Locale locale(Component on) {
		return on.getUI()
			.map(com.vaadin.flow.component.UI::getLocale)
			.orElseGet(() -> (com.vaadin.flow.component.UI.getCurrent() != null)
					? com.vaadin.flow.component.UI.getCurrent().getLocale() : java.util.Locale.FRENCH);
	}

	static String text(Component on, LocalizedText text) {
		return (text == null) ? on.getTranslation("referential.none") : text.in(locale(on));
	}

	static String target(Component on, Target target) {
		if (target == null) {
			return on.getTranslation("referential.none");
		}
		return target.display() + " " + on.getTranslation(target.unit().messageKey());
	}

	static String channels(Component on, Collection<Channel> channels) {
		return channels.stream()
			.map((channel) -> on.getTranslation(channel.messageKey()))
			.collect(Collectors.joining(", "));
	}

	static String versionLabel(Component on, ReferentialVersion version) {
		return version.header().name().in(locale(on)) + " — v" + version.header().version() + " ("
				+ on.getTranslation(version.status().messageKey()) + ")";
	}

	/** Any value carried by a diff or a detail: texts, targets, sets, flags. */
	@SuppressWarnings("unchecked")
	static String value(Component on, Object value) {
		if (value == null) {
			return on.getTranslation("referential.none");
		}
		if (value instanceof LocalizedText text) {
			return text.in(locale(on));
		}
		if (value instanceof Target target) {
			return target(on, target);
		}
		if (value instanceof Boolean flag) {
			return on.getTranslation(flag ? "referential.yes" : "referential.no");
		}
		if (value instanceof BigDecimal number) {
			return number.toPlainString();
		}
		if (value instanceof Requirement requirement) {
			return on.getTranslation(requirement.messageKey());
		}
		if (value instanceof MeasureUnit unit) {
			return on.getTranslation(unit.messageKey());
		}
		if (value instanceof Collection<?> collection && !collection.isEmpty()) {
			Object first = collection.iterator().next();
			if (first instanceof Channel) {
				return channels(on, (Collection<Channel>) collection);
			}
			if (first instanceof Answer) {
				return collection.stream()
					.map((answer) -> on.getTranslation(((Answer) answer).messageKey()))
					.collect(Collectors.joining(", "));
			}
			if (first instanceof ScaleLevel) {
				return scale(on, (List<ScaleLevel>) collection);
			}
		}
		if (value instanceof Collection<?> collection && collection.isEmpty()) {
			return on.getTranslation("referential.none");
		}
		return value.toString();
	}

	static String scale(Component on, List<ScaleLevel> scale) {
		return scale.stream()
			.map((level) -> level.name().in(locale(on)) + (level.compliant() ? " ✓" : " ✗"))
			.collect(Collectors.joining(" · "));
	}

	/** "ligne 12, colonne 5 · nodes[3].urn" */
	static String where(Component on, LoadProblem problem) {
		String place = (problem.line() <= 0) ? on.getTranslation("referentials.problems.wholeFile")
				: (problem.column() > 0)
						? on.getTranslation("referentials.problems.at", problem.line(), problem.column())
						: on.getTranslation("referentials.problems.line", problem.line());
		return problem.path().isEmpty() ? place : place + " · " + problem.path();
	}

	static String why(Component on, LoadProblem problem) {
		return on.getTranslation(problem.messageKey(), problem.messageArguments());
	}

}
