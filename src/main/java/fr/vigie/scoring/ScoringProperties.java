package fr.vigie.scoring;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the scoring module ({@code vigie.scoring.*}).
 *
 * @param passThreshold default pass threshold out of 10 (Baromètre Marianne: 7)
 * @param excellence default lower bound of the excellence band out of 10
 * @param minimumSample default number of tests below which a score is "insufficient
 * sample"
 * @param label default Services Publics+ label estimate thresholds
 * @param referentials per-referential overrides, keyed by the referential's code (its URN
 * without {@code urn:vigie:}, e.g. {@code sp-plus-2023}); unset values inherit the
 * defaults
 * @param reminderLead how long before its due date the owner of a corrective action is
 * reminded
 * @param escalationDelay how long an action may stay overdue before quality managers get
 * an escalation
 * @param retestDelay minimum delay between closing an action and its re-test
 * @param sweepInterval how often reminders and overdue checks of actions run
 */
@ConfigurationProperties("vigie.scoring")
public record ScoringProperties(@DefaultValue("7") double passThreshold, @DefaultValue("9") double excellence,
		@DefaultValue("5") int minimumSample, @DefaultValue LabelThresholds label,
		Map<String, ReferentialSettings> referentials, @DefaultValue("7d") Duration reminderLead,
		@DefaultValue("7d") Duration escalationDelay, @DefaultValue("14d") Duration retestDelay,
		@DefaultValue("15m") Duration sweepInterval) {

	public ScoringProperties {
		referentials = (referentials == null) ? Map.of() : Map.copyOf(referentials);
		// Fails start-up with the offending values rather than at the first verdict.
		new Thresholds(passThreshold, excellence, minimumSample, label.bronze(), label.argent(), label.or());
		referentials.forEach((code, settings) -> settings.applyTo(defaults()));
	}

	/** The thresholds of a referential version (id {@code urn:vigie:code@version}). */
	public Thresholds thresholdsFor(String referentialVersionId) {
		ReferentialSettings settings = this.referentials.get(code(referentialVersionId));
		return (settings != null) ? settings.applyTo(defaults()) : defaults();
	}

	private Thresholds defaults() {
		return new Thresholds(this.passThreshold, this.excellence, this.minimumSample, this.label.bronze(),
				this.label.argent(), this.label.or());
	}

	static String code(String referentialVersionId) {
		String urn = referentialVersionId;
		int at = urn.lastIndexOf('@');
		if (at > 0) {
			urn = urn.substring(0, at);
		}
		return urn.substring(urn.lastIndexOf(':') + 1);
	}

	public record LabelThresholds(@DefaultValue("7") double bronze, @DefaultValue("8") double argent,
			@DefaultValue("9") double or) {

	}

	/** Overrides of one referential; null values inherit the defaults. */
	public record ReferentialSettings(Double passThreshold, Double excellence, Integer minimumSample, Double bronze,
			Double argent, Double or) {

		Thresholds applyTo(Thresholds defaults) {
			return new Thresholds(or(this.passThreshold, defaults.pass()), or(this.excellence, defaults.excellence()),
					(this.minimumSample != null) ? this.minimumSample : defaults.minimumSample(),
					or(this.bronze, defaults.bronze()), or(this.argent, defaults.argent()), or(this.or, defaults.or()));
		}

		private static double or(Double value, double fallback) {
			return (value != null) ? value : fallback;
		}

	}

}
